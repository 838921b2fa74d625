package org.zhicheng.application.catalog;

/**
 * What the rules need to know of a title: its series and level, and whether the series is exam-only (its junior and
 * intermediate titles come from national exams, 000 二(三), 002 二(三)).
 */
public record TitleInfo(String code, String name, String series, String seriesName, String level,
        boolean examOnlySeries) {

    /** The catalog levels, lowest first (员级 … 正高级). */
    public static final java.util.List<String> LEVELS = java.util.List.of("CLERK_JUNIOR", "ASSISTANT_JUNIOR",
            "INTERMEDIATE", "DEPUTY_SENIOR", "FULL_SENIOR");

    /** 1 (员级) … 5 (正高级); 0 for a level this service does not know. */
    public static int rank(String level) {
        return LEVELS.indexOf(level) + 1;
    }

    public int rank() {
        return rank(level);
    }

    public boolean senior() {
        return rank() >= rank("DEPUTY_SENIOR");
    }

    public boolean engineering() {
        return "ENGINEERING".equals(series);
    }
}

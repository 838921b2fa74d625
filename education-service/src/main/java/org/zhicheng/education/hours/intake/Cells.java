package org.zhicheng.education.hours.intake;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the cells of one row, found by header, into an {@link ImportRow} or row problems. Shared by the adapters
 * because the layouts differ in headers and file type, not in what a usable row is.
 */
final class Cells {

    /** The categories as the registration systems print them (the notices' own words). */
    private static final Map<String, String> CATEGORY_NAMES = Map.of(
            "一般公需", "GENERAL_PUBLIC", "一般公需科目", "GENERAL_PUBLIC",
            "行业公需", "INDUSTRY_PUBLIC", "行业公需科目", "INDUSTRY_PUBLIC",
            "专业科目", "PROFESSIONAL", "专业", "PROFESSIONAL");

    private Cells() {
    }

    static String category(String text) {
        String trimmed = text == null ? "" : text.trim();
        return CATEGORY_NAMES.getOrDefault(trimmed, trimmed);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Adds the row, or its problems when a required cell is missing or a number unreadable. */
    static void row(int line, String person, String name, String year, String category, String hours,
            String course, String provider, String certificate, List<ImportRow> rows, List<RowProblem> problems) {
        List<RowProblem> found = new ArrayList<>();
        if (blankToNull(person) == null) {
            found.add(new RowProblem(line, "import.missing-cell", "person id is empty"));
        }
        Integer parsedYear = null;
        try {
            parsedYear = Integer.valueOf(new BigDecimal(year.trim()).intValueExact());
        } catch (RuntimeException unreadable) {
            found.add(new RowProblem(line, "import.unreadable-year", "year '" + year + "' is not a year"));
        }
        BigDecimal parsedHours = null;
        try {
            parsedHours = new BigDecimal(hours.trim());
        } catch (RuntimeException unreadable) {
            found.add(new RowProblem(line, "import.unreadable-hours", "hours '" + hours + "' is not a number"));
        }
        if (found.isEmpty()) {
            rows.add(new ImportRow(line, person.trim(), blankToNull(name), parsedYear, category(category),
                    parsedHours, blankToNull(course), blankToNull(provider), blankToNull(certificate)));
        } else {
            problems.addAll(found);
        }
    }
}

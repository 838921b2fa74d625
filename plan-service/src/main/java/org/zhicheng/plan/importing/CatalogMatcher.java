package org.zhicheng.plan.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhicheng.plan.importing.ImportCatalog.Snapshot;
import org.zhicheng.plan.importing.ImportCatalog.Specialty;
import org.zhicheng.plan.importing.ImportCatalog.Title;

/**
 * Maps the names in a row to catalog codes. Titles: a name must be a catalog title or one of its aliases
 * ({@code title_alias}, maintained by the admin: "三级舞美设计（设计）", 000 附件1 row 28), possibly written with
 * bracketed alternatives ("主任（中）医（药、护、技）师" = 主任医师, 主任中医师, 主任药师 …); a name several series share
 * (编辑, 馆员) is settled by the series the row's committee, applicants and specialties name, else the row is
 * rejected as ambiguous; an unknown name rejects the row. Research titles (助理研究员, 副研究员, 研究员) named by a
 * teachers' or party-school committee are social-science research ({@link #RESEARCH_OF_TEACHERS}). A level instead
 * of a title ("推荐中级", "推荐高级", 001) means that level's titles ({@link #LEVEL_WORDS}) in the series of the row's
 * evaluated titles, else in the series its committee or applicants name. Specialties: the notices describe them
 * freely ("机电制造技术开发、设计开发…"), so catalog specialties named in the cell are taken and the rest of the text
 * is only reported, never a reason to reject.
 */
public final class CatalogMatcher {

    /**
     * A level word and the catalog levels it stands for: 高级 is both senior levels (副高级 and 正高级 are the two
     * grades of 高级职称), 初级 both junior ones (员级 and 助理级); 副高 and 正高 are one level each.
     */
    static final Map<String, List<String>> LEVEL_WORDS = Map.of(
            "初级", List.of("CLERK_JUNIOR", "ASSISTANT_JUNIOR"),
            "中级", List.of("INTERMEDIATE"),
            "高级", List.of("DEPUTY_SENIOR", "FULL_SENIOR"),
            "副高", List.of("DEPUTY_SENIOR"), "副高级", List.of("DEPUTY_SENIOR"),
            "正高", List.of("FULL_SENIOR"), "正高级", List.of("FULL_SENIOR"));

    /**
     * Research titles of teachers' and party schools' committees are social-science research: education research and
     * party-school research are social sciences (000 附件1 rows 1 and 6, 附件2 row 2; 001 row 11; 002 rows 17 and 19
     * name 助理研究员/副研究员/研究员 in such committees), unless the row names natural science itself.
     */
    static final String RESEARCH_OF_TEACHERS = "SOCIAL_SCIENCE_RESEARCH";

    private static final String NATURAL_RESEARCH = "NATURAL_SCIENCE_RESEARCH";

    /** Words that mark a teachers' or party-school committee (教师, 党校) or its schools (中小学, 幼儿园). */
    private static final List<String> TEACHING_WORDS = List.of("教师", "党校", "中小学", "幼儿园");

    /** Abbreviations of series names in committee names: 001 row 10 "卫计人员" (卫生计生) is the health series. */
    private static final Map<String, String> SERIES_ABBREVIATIONS = Map.of("卫计", "卫生");

    private static final Pattern GRADED = Pattern.compile("^([一二三四]级).+");

    private final Snapshot catalog;
    private final Map<String, List<Title>> titlesByName = new HashMap<>();
    private final Map<String, Specialty> specialtyAliases = new HashMap<>();
    private final List<Specialty> specialtiesLongestFirst;

    public CatalogMatcher(Snapshot catalog) {
        this.catalog = catalog;
        for (Title title : catalog.titles()) {
            String key = Cells.nameKey(title.name());
            titlesByName.computeIfAbsent(key, k -> new ArrayList<>()).add(title);
            String bare = withoutTrailingBracket(key);
            if (!bare.equals(key)) {
                // "讲师（党校）", "三级导演（编导）": the notices also write the bare name
                titlesByName.computeIfAbsent(bare, k -> new ArrayList<>()).add(title);
            }
        }
        Map<String, Title> byCode = new HashMap<>();
        catalog.titles().forEach(title -> byCode.put(title.code(), title));
        for (ImportCatalog.TitleAlias alias : catalog.aliases()) {
            Title title = byCode.get(alias.title());
            if (title != null) {
                titlesByName.computeIfAbsent(Cells.nameKey(alias.alias()), k -> new ArrayList<>()).add(title);
            }
        }
        for (Specialty specialty : catalog.specialties()) {
            String key = Cells.nameKey(specialty.name());
            String bare = withoutTrailingBracket(key);
            if (!bare.equals(key)) {
                specialtyAliases.put(bare, specialty);
            }
        }
        specialtiesLongestFirst = catalog.specialties().stream()
                .sorted(Comparator.comparingInt((Specialty s) -> s.name().length()).reversed()).toList();
    }

    /** The row with codes, or the reasons it is rejected (added to {@code problems}). */
    public ImportedItem match(ParsedRow row, List<String> problems, List<String> notes) {
        List<String> specialtyTextLeft = new ArrayList<>();
        Set<String> specialties = specialties(row.cell(Column.SPECIALTIES), specialtyTextLeft);
        if (!specialtyTextLeft.isEmpty()) {
            notes.add("specialty text without a catalog specialty: " + String.join("、", specialtyTextLeft));
        }
        Map<String, Integer> hints = seriesHints(row, specialties);
        List<String> evaluated = titles(row.titles().evaluated(), hints, List.of(), problems, notes);
        List<String> recommended = titles(row.titles().recommended(), hints, evaluated, problems, notes);
        return new ImportedItem(row.row(), row.cell(Column.COMMITTEE), evaluated, recommended,
                List.copyOf(specialties), row.cell(Column.SPECIALTIES), row.cell(Column.SCOPE),
                row.cell(Column.EVALUATION_TIME), row.cell(Column.MATERIAL_DEADLINE), row.cell(Column.START_TIME),
                row.cell(Column.COMPLETION_TIME), row.contact().unit(), row.contact().phoneText(),
                row.cell(Column.APPLICANTS), row.cell(Column.REMARKS));
    }

    /**
     * Catalog specialties named in the cell, in the order the cell names them; the segments naming none go to
     * {@code left}. A segment names a specialty when it is or starts with its name ("机电制造技术开发"), bracketed
     * parts counting as segments of their own ("新闻（出版）"); names that hold a list or brackets themselves
     * ("演员、演奏员", "中小学（幼儿园）专任教师") are found anywhere. Matching only at a segment's start keeps
     * "应急救援管理与指挥" from naming 指挥.
     */
    private Set<String> specialties(String cell, List<String> left) {
        if (cell == null) {
            return new LinkedHashSet<>();
        }
        String text = Cells.nameKey(cell);
        TreeMap<Integer, String> found = new TreeMap<>();
        for (Specialty specialty : specialtiesLongestFirst) {
            String key = Cells.nameKey(specialty.name());
            if ((key.contains("、") || key.contains("(")) && text.contains(key)) {
                found.put(text.indexOf(key), specialty.code());
                text = text.replace(key, "、".repeat(key.length()));
            }
        }
        int position = 0;
        for (String segment : text.replace('(', '、').replace(')', '、').split("[、,;，；/]")) {
            int at = position;
            position += segment.length() + 1;
            if (segment.isBlank()) {
                continue;
            }
            Specialty named = specialtyAliases.get(segment);
            if (named == null) {
                named = specialtiesLongestFirst.stream()
                        .filter(specialty -> names(segment, Cells.nameKey(specialty.name())))
                        .findFirst().orElse(null);
            }
            if (named != null) {
                found.putIfAbsent(at, named.code());
            } else {
                left.add(segment);
            }
        }
        return new LinkedHashSet<>(found.values());
    }

    /** "机电制造技术开发" names 机电制造; "中等职业学校文化课" names 文化课 (three characters or more at the end). */
    private static boolean names(String segment, String specialty) {
        return segment.startsWith(specialty) || (specialty.length() >= 3 && segment.endsWith(specialty));
    }

    /**
     * Series the row names: in its committee's name or its applicants (2), through its specialties (1); a teachers'
     * or party-school committee also names social-science research ({@link #RESEARCH_OF_TEACHERS}) unless the row
     * names natural-science research.
     */
    private Map<String, Integer> seriesHints(ParsedRow row, Set<String> specialties) {
        Map<String, Integer> hints = new HashMap<>();
        String committee = Cells.nameKey(row.cell(Column.COMMITTEE) == null ? "" : row.cell(Column.COMMITTEE));
        String applicants = Cells.nameKey(row.cell(Column.APPLICANTS) == null ? "" : row.cell(Column.APPLICANTS));
        for (Map.Entry<String, String> abbreviation : SERIES_ABBREVIATIONS.entrySet()) {
            committee = committee.replace(abbreviation.getKey(), abbreviation.getValue());
        }
        for (ImportCatalog.Series series : catalog.series()) {
            String name = Cells.nameKey(series.name());
            if (committee.contains(name) || applicants.contains(name)) {
                hints.merge(series.code(), 2, Integer::sum);
            }
        }
        for (Specialty specialty : catalog.specialties()) {
            if (specialties.contains(specialty.code())) {
                hints.merge(specialty.series(), 1, Integer::sum);
            }
        }
        boolean teaching = TEACHING_WORDS.stream().anyMatch(committee::contains)
                || hints.keySet().stream().anyMatch(code -> catalog.series().stream()
                        .anyMatch(series -> series.code().equals(code) && series.name().contains("教师")));
        if (teaching && !hints.containsKey(NATURAL_RESEARCH)) {
            hints.merge(RESEARCH_OF_TEACHERS, 1, Integer::sum);
        }
        return hints;
    }

    private List<String> titles(List<String> names, Map<String, Integer> hints, List<String> evaluated,
            List<String> problems, List<String> notes) {
        Set<String> codes = new LinkedHashSet<>();
        String grade = null;
        for (String name : names) {
            List<String> levels = LEVEL_WORDS.get(name);
            if (levels != null) {
                codes.addAll(levelTitles(name, levels, evaluated, hints, problems));
                continue;
            }
            List<String> spellings = spellings(name);
            Matcher graded = GRADED.matcher(name);
            if (graded.matches()) {
                grade = graded.group(1);
            } else if (spellings.isEmpty() && grade != null && !spellings(grade + name).isEmpty()) {
                // "三级导演（编导）、指挥、三级作曲": a bare name amid graded ones has their grade
                notes.add(name + " read as " + grade + name);
                spellings = spellings(grade + name);
            }
            if (spellings.isEmpty()) {
                String suffixMatch = bySuffix(withoutBrackets(name));
                if (suffixMatch == null) {
                    problems.add("import.unknown-title: " + name);
                    continue;
                }
                notes.add(name + " read as " + suffixMatch);
                spellings.add(suffixMatch);
            }
            for (String spelling : new LinkedHashSet<>(spellings)) {
                choose(spelling, titlesByName.get(spelling), hints, problems).forEach(t -> codes.add(t.code()));
            }
        }
        return List.copyOf(codes);
    }

    private List<String> spellings(String name) {
        List<String> spellings = new ArrayList<>();
        for (String candidate : expand(name)) {
            if (titlesByName.containsKey(candidate)) {
                spellings.add(candidate);
            }
        }
        return spellings;
    }

    /**
     * The titles at {@code levels} of the series of the row's evaluated titles, else of the series its committee or
     * applicants name (hint 2 or more: 001 row 10 "莲都区卫计人员…评审委员会 推荐高级" → the health series).
     */
    private List<String> levelTitles(String word, List<String> levels, List<String> evaluated,
            Map<String, Integer> hints, List<String> problems) {
        Set<String> series = new LinkedHashSet<>();
        for (Title title : catalog.titles()) {
            if (evaluated.contains(title.code())) {
                series.add(title.series());
            }
        }
        if (series.isEmpty()) {
            hints.forEach((code, hint) -> {
                if (hint >= 2) {
                    series.add(code);
                }
            });
        }
        if (series.isEmpty()) {
            problems.add("import.level-without-series: " + word);
            return List.of();
        }
        return catalog.titles().stream()
                .filter(title -> series.contains(title.series()) && levels.contains(title.level()))
                .map(Title::code).toList();
    }

    /**
     * One spelling, several titles: the series the row names win (all of them when the committee names several, as
     * "图书资料、群众文化" does for 馆员); without any such hint the exact name wins over a bracket-less alias
     * (讲师 over 讲师（党校））, and a tie is ambiguous.
     */
    private List<Title> choose(String spelling, List<Title> titles, Map<String, Integer> hints,
            List<String> problems) {
        if (titles.size() == 1) {
            return titles;
        }
        Map<Title, Integer> scores = new LinkedHashMap<>();
        for (Title title : titles) {
            boolean exact = Cells.nameKey(title.name()).equals(spelling);
            scores.put(title, 2 * hints.getOrDefault(title.series(), 0) + (exact ? 1 : 0));
        }
        int best = Collections.max(scores.values());
        List<Title> top = scores.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .toList();
        boolean hinted = top.stream().anyMatch(title -> hints.getOrDefault(title.series(), 0) > 0);
        if (top.size() == 1 || hinted) {
            return top;
        }
        problems.add("import.ambiguous-title: " + spelling + " ("
                + String.join(", ", titles.stream().map(Title::code).sorted().toList()) + ")");
        return List.of();
    }

    /** A title the name ends ("推广研究员" → 农业技术推广研究员), when exactly one does. */
    private String bySuffix(String name) {
        if (name.length() < 4) {
            return null;
        }
        List<String> matches = titlesByName.keySet().stream().filter(key -> key.endsWith(name)).toList();
        return matches.size() == 1 ? matches.getFirst() : null;
    }

    /**
     * Every spelling a name with bracketed alternatives may stand for: the bracket dropped, kept, its items inserted
     * or replacing as many characters before it (or the words after a grade: "四级编剧（导演…）" → 四级导演).
     */
    static Set<String> expand(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        int open = name.indexOf('(');
        int close = open < 0 ? -1 : name.indexOf(')', open);
        if (open < 0 || close < 0) {
            return out;
        }
        String prefix = name.substring(0, open);
        String content = name.substring(open + 1, close);
        for (String rest : expand(name.substring(close + 1))) {
            out.add(prefix + rest);
            out.add(prefix + "(" + content + ")" + rest);
            for (String item : content.split("[、,，]")) {
                if (item.isBlank()) {
                    continue;
                }
                out.add(prefix + item + rest);
                if (item.length() <= prefix.length()) {
                    out.add(prefix.substring(0, prefix.length() - item.length()) + item + rest);
                }
                if (prefix.matches("^[一二三四]级.+")) {
                    out.add(prefix.substring(0, 2) + item + rest);
                }
            }
        }
        return out;
    }

    private static String withoutTrailingBracket(String key) {
        return key.endsWith(")") && key.indexOf('(') > 0 ? key.substring(0, key.lastIndexOf('(')) : key;
    }

    private static String withoutBrackets(String key) {
        return key.replaceAll("\\([^)]*\\)", "");
    }
}

package org.zhicheng.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A titles cell split into the names evaluated (评审) and the names only recommended upward (推荐), in every form
 * the seeds write it: "工程师评审，高级工程师推荐" (000), "评审工程师、助理工程师，推荐高级工程师" (002),
 * "工程师、高级工程师（推荐）" (000 附件2), "助理工程师，推荐中级" (001, a level instead of a title), and shared
 * grades "一级、二级律师" or "三级和四级编剧" spelt out per name. Bracketed alternatives ("助理农艺（畜牧、兽医）师") are
 * left to the catalog match, which knows which spellings exist.
 */
public record TitleCell(List<String> evaluated, List<String> recommended) {

    private static final Pattern GRADE = Pattern.compile("^[一二三四]级$");
    private static final Pattern GRADED = Pattern.compile("^([一二三四]级)(.+)$");
    private static final String RECOMMENDED_MARK = "(推荐)";

    public TitleCell {
        evaluated = List.copyOf(evaluated);
        recommended = List.copyOf(recommended);
    }

    public static TitleCell parse(String cell) {
        List<String> evaluated = new ArrayList<>();
        List<String> recommended = new ArrayList<>();
        String text = Cells.nameKey(cell == null ? "" : cell);
        for (String clause : Cells.splitOutsideBrackets(text, ",;，；")) {
            boolean recommend = false;
            boolean lastRecommended = false;
            if (clause.startsWith("评审")) {
                clause = clause.substring(2);
            } else if (clause.startsWith("推荐")) {
                clause = clause.substring(2);
                recommend = true;
            } else if (clause.endsWith(RECOMMENDED_MARK)) {
                // "工程师、高级工程师（推荐）": the mark applies to the name it follows
                clause = clause.substring(0, clause.length() - RECOMMENDED_MARK.length());
                lastRecommended = true;
            } else if (clause.endsWith("评审")) {
                clause = clause.substring(0, clause.length() - 2);
            } else if (clause.endsWith("推荐")) {
                clause = clause.substring(0, clause.length() - 2);
                recommend = true;
            }
            List<String> names = names(clause);
            for (int i = 0; i < names.size(); i++) {
                boolean toRecommended = recommend || (lastRecommended && i == names.size() - 1);
                (toRecommended ? recommended : evaluated).add(names.get(i));
            }
        }
        return new TitleCell(evaluated, recommended);
    }

    /** The names of one clause, with a bare grade ("一级、二级律师") completed by the stem of the next name. */
    private static List<String> names(String clause) {
        List<String> raw = new ArrayList<>();
        for (String part : Cells.splitOutsideBrackets(clause, "、")) {
            raw.addAll(splitGradeConjunction(part));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i);
            if (GRADE.matcher(name).matches()) {
                String stem = nextStem(raw, i + 1);
                names.add(stem == null ? name : name + stem);
            } else {
                names.add(name);
            }
        }
        return names;
    }

    /** "三级和四级编剧（…）" → "三级编剧（…）", "四级编剧（…）". */
    private static List<String> splitGradeConjunction(String part) {
        int and = part.indexOf('和');
        if (and > 0 && GRADE.matcher(part.substring(0, and)).matches()) {
            var rest = GRADED.matcher(part.substring(and + 1));
            if (rest.matches()) {
                return List.of(part.substring(0, and) + rest.group(2), part.substring(and + 1));
            }
        }
        return List.of(part);
    }

    private static String nextStem(List<String> names, int from) {
        for (int i = from; i < names.size(); i++) {
            var graded = GRADED.matcher(names.get(i));
            if (graded.matches()) {
                return graded.group(2);
            }
        }
        return null;
    }
}

package org.zhicheng.plan.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Text rules for cells copied from notices, whose PDF line breaks survive as spaces inside words. */
final class Cells {

    private static final String JOINING_PUNCTUATION = "、，,；;：:（）()/";

    private Cells() {
    }

    /** A header compared without spaces or line breaks and with full-width brackets as half-width. */
    static String headerKey(String header) {
        return Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /**
     * A cell as written, with the line-wrap spaces of the PDF removed where they split a Chinese word or follow a
     * punctuation mark ("上虞区建设工程中级专业技术职务 任职资格评审委员会"). Spaces next to digits stay ("11 月").
     */
    static String clean(String cell) {
        return clean(cell, true);
    }

    /**
     * As {@link #clean(String)}, but a space between two Chinese characters is kept when {@code joinWords} is false:
     * per-level scopes separate their levels with it ("初级：市本级 中级：全市").
     */
    static String clean(String cell, boolean joinWords) {
        if (cell == null) {
            return "";
        }
        String text = cell.replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("\\s+", " ").strip();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < text.length()) {
                char before = text.charAt(i - 1);
                char after = text.charAt(i + 1);
                boolean punctuation = JOINING_PUNCTUATION.indexOf(before) >= 0
                        || JOINING_PUNCTUATION.indexOf(after) >= 0;
                if (punctuation || (joinWords && isHan(before) && isHan(after))) {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Text compared with catalog names: NFKC (half-width brackets and commas) without any spaces. */
    static String nameKey(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Splits at any of {@code separators} outside brackets. */
    static List<String> splitOutsideBrackets(String text, String separators) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
            if (depth == 0 && separators.indexOf(c) >= 0) {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

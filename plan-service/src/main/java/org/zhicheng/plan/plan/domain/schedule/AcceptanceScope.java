package org.zhicheng.plan.plan.domain.schedule;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a committee accepts (评审（推荐）范围 / 申报对象范围), as written and, where the notice splits it by level
 * ("初级：市本级 中级：全市 高级：全市", 002), as level → scope. A text without levels ("全市", "上虞区") applies to every
 * level and has an empty map. Levels are kept in the notice's words (初级, 中级, 高级, 副高级, 正高级).
 *
 * @param text    the text as written
 * @param byLevel level → scope in the order written; empty when the text does not name levels
 */
public record AcceptanceScope(String text, Map<String, String> byLevel) {

    private static final Pattern LEVEL = Pattern.compile("(员级|助理级|初级|中级|副高级|正高级|高级)[:：]");

    public AcceptanceScope {
        Objects.requireNonNull(text, "text");
        byLevel = Map.copyOf(byLevel == null ? Map.of() : byLevel);
    }

    /** The scope a text states; {@code null} for a blank text. */
    public static AcceptanceScope parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String written = text.strip();
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKC);
        Matcher m = LEVEL.matcher(folded);
        Map<String, String> byLevel = new LinkedHashMap<>();
        String level = null;
        int start = 0;
        while (m.find()) {
            if (level != null) {
                put(byLevel, level, folded.substring(start, m.start()));
            }
            level = m.group(1);
            start = m.end();
        }
        if (level != null) {
            put(byLevel, level, folded.substring(start));
        }
        return new AcceptanceScope(written, byLevel);
    }

    /** The scope for one level in the notice's words, or the whole text when it does not split by level. */
    public String forLevel(String level) {
        return byLevel.isEmpty() ? text : byLevel.get(level);
    }

    private static void put(Map<String, String> byLevel, String level, String scope) {
        String trimmed = scope.replaceAll("^[\\s;；,，、]+|[\\s;；,，、]+$", "");
        if (!trimmed.isEmpty()) {
            byLevel.put(level, trimmed);
        }
    }
}

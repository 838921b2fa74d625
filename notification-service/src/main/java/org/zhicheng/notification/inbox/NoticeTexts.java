package org.zhicheng.notification.inbox;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Renders a notice in a language from the templates {@code notices_zh_CN.properties} and {@code notices_en.properties}:
 * {@code <key>.title} and {@code <key>.body} with {@code {name}} placeholders for the notice's values, and
 * {@code {name:Enum}} for a value printed by its label {@code label.<Enum>.<value>}. Chinese readers get zh-CN; every
 * other language gets English; a template missing in English falls back to the Chinese one.
 */
@Component
public class NoticeTexts {

    /** The languages notices are written in; zh-CN is the default. */
    public static final String CHINESE = "zh-CN";
    public static final String ENGLISH = "en";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?::([A-Za-z]+))?}");

    private final ResourceBundle chinese = ResourceBundle.getBundle("notices", Locale.SIMPLIFIED_CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private final ResourceBundle english = ResourceBundle.getBundle("notices", Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    /** A rendered notice. */
    public record Text(String title, String body) {
    }

    public Text render(NoticeType type, Map<String, String> values, String language) {
        return new Text(render(type.key() + ".title", values, language), render(type.key() + ".body", values,
                language));
    }

    /** The language notices are written in for someone who reads {@code requested} (a language tag; null: zh-CN). */
    public static String languageFor(String requested) {
        if (requested == null || requested.isBlank()) {
            return CHINESE;
        }
        return Locale.forLanguageTag(requested.strip()).getLanguage().equals("zh") ? CHINESE : ENGLISH;
    }

    /** The language for a locale, as {@link #languageFor(String)}. */
    public static String languageFor(Locale locale) {
        return locale == null ? CHINESE : languageFor(locale.toLanguageTag());
    }

    private String render(String key, Map<String, String> values, String language) {
        boolean inChinese = CHINESE.equals(languageFor(language));
        String template = template(inChinese ? chinese : english, key)
                .or(() -> template(chinese, key))
                .orElseThrow(() -> new IllegalStateException("no notice template " + key));
        Matcher placeholders = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholders.find()) {
            String value = values.getOrDefault(placeholders.group(1), "");
            String label = placeholders.group(2);
            if (label != null && !value.isEmpty()) {
                String labelKey = "label." + label + "." + value;
                value = template(inChinese ? chinese : english, labelKey).or(() -> template(chinese, labelKey))
                        .orElse(value);
            }
            placeholders.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        placeholders.appendTail(text);
        return text.toString();
    }

    private static Optional<String> template(ResourceBundle bundle, String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }
}

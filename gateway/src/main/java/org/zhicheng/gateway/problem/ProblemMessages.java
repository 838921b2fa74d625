package org.zhicheng.gateway.problem;

import java.util.List;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Titles and details of the gateway's problems in the caller's language: zh-CN unless the {@code Accept-Language}
 * header prefers English. Kept apart from Boot's {@code messageSource} so that a service-style bundle layout
 * ({@code problems_zh_CN} / {@code problems_en}, no base file) works without further configuration.
 */
@Component
public class ProblemMessages {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final List<Locale> SUPPORTED = List.of(DEFAULT_LOCALE, Locale.ENGLISH);

    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    public ProblemMessages() {
        bundle.setBasename("problems");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setDefaultLocale(DEFAULT_LOCALE);
    }

    public String title(ProblemCode code, Locale locale) {
        return bundle.getMessage(code.code() + ".title", null, code.code(), locale);
    }

    public String detail(ProblemCode code, Locale locale, Object... args) {
        return bundle.getMessage(code.code() + ".detail", args, "", locale);
    }

    /** The best supported locale for the request's {@code Accept-Language}; a malformed header counts as absent. */
    public static Locale localeOf(HttpHeaders headers) {
        try {
            String header = headers.getFirst(HttpHeaders.ACCEPT_LANGUAGE);
            if (header == null || header.isBlank()) {
                return DEFAULT_LOCALE;
            }
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale match = Locale.lookup(ranges, SUPPORTED);
            if (match == null) {
                // lookup needs an exact tag; a bare "en-US" or "zh" should still pick its language
                match = Locale.filter(ranges, SUPPORTED).stream().findFirst().orElse(DEFAULT_LOCALE);
            }
            return match;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT_LOCALE;
        }
    }
}

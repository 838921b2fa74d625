package org.zhicheng.starter.problem;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The messages of problems: the service's {@code problems*.properties} first (so it can override), then the
 * starter's {@code zhicheng/problems*.properties}. Only zh-CN (the default) and en are offered; anything else in
 * {@code Accept-Language} gets zh-CN.
 */
public final class ProblemMessages {

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final MessageSource messages;
    private final AcceptHeaderLocaleResolver localeResolver;

    public ProblemMessages() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames("classpath:problems", "classpath:zhicheng/problems");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(DEFAULT_LOCALE);
        this.messages = source;
        this.localeResolver = localeResolver();
    }

    /** The locale resolver the web layer uses too, so validation messages and problem messages agree. */
    public static AcceptHeaderLocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(SUPPORTED_LOCALES);
        resolver.setDefaultLocale(DEFAULT_LOCALE);
        return resolver;
    }

    public Locale locale(HttpServletRequest request) {
        return localeResolver.resolveLocale(request);
    }

    /** The message {@code <code>.<part>}, else {@code <fallbackCode>.<part>}, else null. */
    public String message(String code, String fallbackCode, String part, Object[] args, Locale locale) {
        String message = find(code + "." + part, args, locale);
        if (message == null && fallbackCode != null) {
            message = find(fallbackCode + "." + part, args, locale);
        }
        return message;
    }

    private String find(String key, Object[] args, Locale locale) {
        try {
            return messages.getMessage(key, args, locale);
        }
        catch (NoSuchMessageException ex) {
            return null;
        }
    }
}

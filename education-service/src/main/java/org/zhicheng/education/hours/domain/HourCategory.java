package org.zhicheng.education.hours.domain;

import java.util.Locale;
import java.util.Optional;

/** The three categories the notices count separately (001 五(一), 002 二(二)). */
public enum HourCategory {
    /** 一般公需科目. */
    GENERAL_PUBLIC,
    /** 行业公需科目. */
    INDUSTRY_PUBLIC,
    /** 专业科目. */
    PROFESSIONAL;

    /** Reads a category as a client sends it; empty for anything else, so the caller can name the field. */
    public static Optional<HourCategory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (HourCategory category : values()) {
            if (category.name().equals(wanted)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}

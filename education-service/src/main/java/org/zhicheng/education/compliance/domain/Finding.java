package org.zhicheng.education.compliance.domain;

import java.math.BigDecimal;

/**
 * One reason of an answer: for the years {@code fromYear}–{@code toYear} (equal for a single year) and a category
 * (GENERAL_PUBLIC, PUBLIC = general + industry public, PROFESSIONAL, TOTAL), what the rule requires and what the
 * ledger holds. {@code deemed} marks a year the notice counts as compliant whatever was recorded.
 */
public record Finding(String rule, String notice, int fromYear, int toYear, String category, BigDecimal required,
        BigDecimal recorded, boolean met, boolean deemed) {
}

package org.zhicheng.education.hours.intake;

import java.math.BigDecimal;

/**
 * One data row of an export, as read: {@code line} is the row's number in the file (header = 1) so a report can name
 * it; the category is still text so the ledger's rules can name an unknown one.
 */
public record ImportRow(int line, String person, String name, int year, String category, BigDecimal hours,
        String course, String provider, String certificateNumber) {
}

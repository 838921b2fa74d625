package org.zhicheng.education.hours;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a delivery: {@code alreadyImported} true when the same file or batch was taken in before (then
 * {@code written} is 0 and nothing changed), otherwise one line per row with the entry it became.
 */
record ImportReport(String format, boolean alreadyImported, int written, List<Line> rows) {

    /** A row of the delivery (by its number in the file, or position in the batch from 1) and its new entry. */
    record Line(int line, UUID id, String person, int year, String category, BigDecimal hours) {
    }
}

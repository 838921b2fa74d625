package org.zhicheng.education.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.zhicheng.education.hours.domain.HourCategory;
import org.zhicheng.education.hours.domain.HourSource;

/** One ledger row as stored; {@code reversedBy} is the reversal entry of a reversed record, else null. */
record HourEntry(UUID id, String kind, String person, String region, String unit, int year, HourCategory category,
        BigDecimal hours, HourSource source, UUID reverses, String reason, String recordedBy, Instant recordedAt,
        UUID reversedBy) {

    static final String RECORD = "RECORD";
    static final String REVERSAL = "REVERSAL";

    /** RECORDED, REVERSED (a later entry cancels it) or REVERSAL (the cancelling entry itself). */
    String status() {
        if (REVERSAL.equals(kind)) {
            return "REVERSAL";
        }
        return reversedBy == null ? "RECORDED" : "REVERSED";
    }
}

package org.zhicheng.education.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.zhicheng.education.hours.domain.HourSource;

import io.swagger.v3.oas.annotations.media.Schema;

/** One ledger entry as clients see it. */
record HourEntryView(UUID id,
        @Schema(description = "RECORDED, REVERSED (cancelled by a later entry) or REVERSAL (the cancelling entry)")
        String status,
        String person, String region, String unit, int year, String category,
        @Schema(description = "negative on a reversal entry") BigDecimal hours,
        HourSource source,
        @Schema(description = "a reversal: the entry it cancels") UUID reverses,
        @Schema(description = "a reversed entry: the entry that cancels it") UUID reversedBy,
        String reason, String recordedBy, Instant recordedAt) {
}

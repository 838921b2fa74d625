package org.zhicheng.education.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.zhicheng.education.hours.domain.HourSource;

/** The {@code data} of the ledger's events, as documented in {@code docs/events/asyncapi.yaml}. */
final class HoursEvents {

    static final String TOPIC = "zhicheng.education.events";

    private HoursEvents() {
    }

    record HoursRecorded(UUID recordId, String person, String region, String unit, int year, String category,
            BigDecimal hours, HourSource source, String recordedBy, Instant recordedAt) {

        static HoursRecorded of(HourEntry entry) {
            return new HoursRecorded(entry.id(), entry.person(), entry.region(), entry.unit(), entry.year(),
                    entry.category().name(), entry.hours(), entry.source(), entry.recordedBy(), entry.recordedAt());
        }
    }

    record HoursReversed(UUID recordId, UUID reverses, String person, String region, String unit, int year,
            String category, BigDecimal hours, String reason, String recordedBy, Instant recordedAt) {

        static HoursReversed of(HourEntry reversal) {
            return new HoursReversed(reversal.id(), reversal.reverses(), reversal.person(), reversal.region(),
                    reversal.unit(), reversal.year(), reversal.category().name(), reversal.hours(),
                    reversal.reason(), reversal.recordedBy(), reversal.recordedAt());
        }
    }
}

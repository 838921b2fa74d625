package org.zhicheng.application.integrity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A person's integrity archive as the eligibility rules read it. */
public record IntegrityStanding(List<IntegrityRecord> records) {

    public static final IntegrityStanding CLEAN = new IntegrityStanding(List.of());

    public IntegrityStanding {
        records = List.copyOf(records);
    }

    /** The ban (or fraud veto) barring the person on {@code day} that lasts longest, if any. */
    public Optional<IntegrityRecord> banOn(LocalDate day) {
        return records.stream().filter(r -> r.bans(day)).max(Comparator.comparing(IntegrityRecord::bannedUntil));
    }

    /** The exclusion from recommendation in {@code year}, if any. */
    public Optional<IntegrityRecord> exclusionIn(int year) {
        return records.stream().filter(r -> r.excludes(year)).findFirst();
    }
}

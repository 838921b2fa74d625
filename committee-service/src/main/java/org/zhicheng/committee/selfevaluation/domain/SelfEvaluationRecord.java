package org.zhicheng.committee.selfevaluation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What is on record for one self-evaluating unit's committee (自主评聘委员会).
 *
 * @param committeeId the unit's self-evaluation committee
 * @param firstYear   the first evaluation year it holds self-evaluation rights
 * @param lastYear    the last one (rights suspended or ended), null while they continue
 * @param filings     its plans, schemes and summaries
 * @param meetings    its meetings, with the day each was reported
 * @param pauses      the periods its rights were suspended: nothing falls due in them
 */
public record SelfEvaluationRecord(UUID committeeId, int firstYear, Integer lastYear, List<AnnualFiling> filings,
        List<SelfEvaluationMeeting> meetings, List<RightsPause> pauses) {

    /** A record of a unit whose rights were never suspended. */
    public SelfEvaluationRecord(UUID committeeId, int firstYear, Integer lastYear, List<AnnualFiling> filings,
            List<SelfEvaluationMeeting> meetings) {
        this(committeeId, firstYear, lastYear, filings, meetings, List.of());
    }

    /** Whether the rights were suspended on {@code day}. */
    public boolean pausedOn(LocalDate day) {
        return pauses.stream().anyMatch(pause -> pause.covers(day));
    }

    public SelfEvaluationRecord {
        Objects.requireNonNull(committeeId, "committeeId");
        if (lastYear != null && lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear " + lastYear + " is before firstYear " + firstYear);
        }
        filings = List.copyOf(filings);
        meetings = List.copyOf(meetings);
        pauses = List.copyOf(pauses);
    }
}

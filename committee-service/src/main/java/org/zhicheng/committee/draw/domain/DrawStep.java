package org.zhicheng.committee.draw.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a draw's log (抽取记录). In the office's record {@code expert} is the expert's id; in the
 * {@link PublishedDraw published record} it is their pseudonym and a decline's reason is left out.
 *
 * @param sequence 1, 2, 3, … in the order the steps happened
 * @param type     what happened
 * @param at       when; never before the previous step
 * @param round    the round, for {@link DrawStepType#COMMITTED} and {@link DrawStepType#DRAWN}; otherwise null
 * @param seat     the seat (1 … panel size) for the other types; otherwise null
 * @param expert   the expert concerned, for the seat steps; otherwise null
 * @param note     the decline's reason or the emergency pick's HR consent reference; otherwise null
 */
public record DrawStep(int sequence, DrawStepType type, Instant at, Integer round, Integer seat, String expert,
        String note) {

    public DrawStep {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }

    DrawStep withExpert(String other) {
        return new DrawStep(sequence, type, at, round, seat, other, note);
    }

    /** The step as published: a decline's reason is private. */
    DrawStep published() {
        return type == DrawStepType.DECLINED ? new DrawStep(sequence, type, at, round, seat, expert, null) : this;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(type);
        if (round != null) {
            text.append(" round ").append(round);
        }
        if (seat != null) {
            text.append(" seat ").append(seat);
        }
        if (expert != null) {
            text.append(" expert ").append(expert);
        }
        if (note != null) {
            text.append(" note '").append(note).append('\'');
        }
        return text.append(" at ").append(at).toString();
    }
}

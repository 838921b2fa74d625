package org.zhicheng.committee.expert.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A conflict of interest of an expert (回避事由) with a person or a unit — exactly one of them. Declared by the expert
 * or pinned by the office of a committee whose pool holds the expert ({@code committee}); never deleted, only
 * withdrawn by the same side, with time and reason. Draws exclude experts with a conflict in force.
 */
public record Conflict(UUID id, String expertId, ConflictType type, ConflictSource source, String person,
        String unit, String note, String committee, String declaredBy, Instant declaredAt, String withdrawnBy,
        Instant withdrawnAt, String withdrawalReason) {

    public Conflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
    }

    /** A new conflict; 400 unless exactly one of person and unit is named, and a same-unit conflict names a unit. */
    public static Conflict record(UUID id, String expertId, ConflictType type, ConflictSource source, String person,
            String unit, String note, String committee, String actor, Instant at) {
        person = blankToNull(person);
        unit = blankToNull(unit);
        if ((person == null) == (unit == null)) {
            throw Refusal.badInput("conflict.person-or-unit", person == null ? "person" : "unit");
        }
        if (type == ConflictType.SAME_UNIT && unit == null) {
            throw Refusal.badInput("conflict.same-unit-needs-unit", "unit");
        }
        return new Conflict(id, expertId, type, source, person, unit, blankToNull(note), committee, actor, at, null,
                null, null);
    }

    /** Withdraws the conflict; 409 {@code conflict.wrong-state} when it is withdrawn already. */
    public Conflict withdraw(String actor, String reason, Instant at) {
        if (!inForce()) {
            throw Refusal.wrongState("conflict", "WITHDRAWN", "withdraw", null);
        }
        return new Conflict(id, expertId, type, source, person, unit, note, committee, declaredBy, declaredAt, actor,
                at, reason);
    }

    public boolean inForce() {
        return withdrawnAt == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

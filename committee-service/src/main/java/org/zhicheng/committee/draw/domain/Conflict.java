package org.zhicheng.committee.draw.domain;

import java.util.Objects;

/**
 * A conflict of interest (回避事由) an expert declared or the office pinned: against exactly one person (an applicant's
 * person id) or exactly one unit (an organisation's name or code, compared as written).
 *
 * @param type   the kind of conflict
 * @param source who recorded it
 * @param person the person the expert is conflicted with, or null when {@code unit} is set
 * @param unit   the unit the expert is conflicted with, or null when {@code person} is set
 */
public record Conflict(ConflictType type, ConflictSource source, String person, String unit) {

    public Conflict {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        person = Text.optional(person, "person");
        unit = Text.optional(unit, "unit");
        if ((person == null) == (unit == null)) {
            throw new IllegalArgumentException("a conflict names exactly one of person and unit");
        }
    }

    /** A conflict with one person. */
    public static Conflict withPerson(ConflictType type, ConflictSource source, String person) {
        return new Conflict(type, source, person, null);
    }

    /** A conflict with one unit. */
    public static Conflict withUnit(ConflictType type, ConflictSource source, String unit) {
        return new Conflict(type, source, null, unit);
    }
}

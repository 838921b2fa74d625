package org.zhicheng.committee.draw.domain;

import java.util.List;

/**
 * An expert of the committee's pool (专家库成员) as the draw sees them.
 *
 * @param expertId   the expert's id (for expert users the token's {@code person} claim)
 * @param specialty  the expert's specialty, compared as written with the meeting's specialties
 * @param titleLevel the expert's title level, compared as written with the meeting's levels
 * @param unit       the expert's unit, or null; an applicant of the same unit excludes the expert
 * @param region     the expert's region (GB/T 2260), or null; recorded, not used by the rules
 * @param conflicts  the expert's declared and pinned conflicts
 */
public record Candidate(String expertId, String specialty, String titleLevel, String unit, String region,
        List<Conflict> conflicts) {

    public Candidate {
        expertId = Text.required(expertId, "expertId");
        specialty = Text.required(specialty, "specialty");
        titleLevel = Text.required(titleLevel, "titleLevel");
        unit = Text.optional(unit, "unit");
        region = Text.optional(region, "region");
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}

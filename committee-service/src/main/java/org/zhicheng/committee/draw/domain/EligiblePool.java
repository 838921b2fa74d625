package org.zhicheng.committee.draw.domain;

import java.util.List;

/**
 * The outcome of {@link Eligibility}: who may be drawn for the meeting, who was excluded and why.
 *
 * @param constraints the meeting's constraints the pool was built for
 * @param assignments the assigned applications the conflicts were checked against
 * @param eligible    the eligible candidates in canonical order: ascending {@code expertId} (UTF-16 code units, i.e.
 *                    {@link String#compareTo}; byte order for ASCII ids)
 * @param exclusions  every exclusion with its reason, ordered by expert, then as found
 * @param notMatching how many pool members lacked the meeting's specialties or title levels (not part of the pool)
 */
public record EligiblePool(DrawConstraints constraints, List<Assignment> assignments, List<Candidate> eligible,
        List<Exclusion> exclusions, int notMatching) {

    public EligiblePool {
        assignments = List.copyOf(assignments);
        eligible = List.copyOf(eligible);
        exclusions = List.copyOf(exclusions);
    }

    /** The eligible experts' ids in canonical order. */
    public List<String> expertIds() {
        return eligible.stream().map(Candidate::expertId).toList();
    }

    /** How many experts were excluded, each counted once however many exclusions they have. */
    public int excludedExperts() {
        return (int) exclusions.stream().map(Exclusion::expertId).distinct().count();
    }

    public int size() {
        return eligible.size();
    }
}

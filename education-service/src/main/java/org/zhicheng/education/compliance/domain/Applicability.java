package org.zhicheng.education.compliance.domain;

import java.util.Set;

/**
 * Which cases a rule applies to; an empty set means any level, any education or any series. Series are the catalog's
 * codes, so a rule for one series (003's industry and IT engineers) leaves the others alone.
 */
public record Applicability(Route route, Set<String> levels, Set<Education> educations, Set<String> series) {

    public Applicability {
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        educations = educations == null ? Set.of() : Set.copyOf(educations);
        series = series == null ? Set.of() : Set.copyOf(series);
    }

    /** A rule for any series. */
    public Applicability(Route route, Set<String> levels, Set<Education> educations) {
        this(route, levels, educations, Set.of());
    }

    public boolean matches(CheckCase check) {
        return route == check.route() && (levels.isEmpty() || levels.contains(check.level()))
                && (educations.isEmpty() || check.education() != null && educations.contains(check.education()))
                && (series.isEmpty() || check.series() != null && series.contains(check.series()));
    }
}

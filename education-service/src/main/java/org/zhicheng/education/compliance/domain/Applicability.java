package org.zhicheng.education.compliance.domain;

import java.util.Set;

/** Which cases a rule applies to; an empty set means any level or any education. */
public record Applicability(Route route, Set<String> levels, Set<Education> educations) {

    public Applicability {
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        educations = educations == null ? Set.of() : Set.copyOf(educations);
    }

    public boolean matches(CheckCase check) {
        return route == check.route() && (levels.isEmpty() || levels.contains(check.level()))
                && (educations.isEmpty() || check.education() != null && educations.contains(check.education()));
    }
}

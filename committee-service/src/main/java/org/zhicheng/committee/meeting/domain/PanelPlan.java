package org.zhicheng.committee.meeting.domain;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the office asks the draw for (抽取方案): the specialties and title levels the panel is drawn from, the seats
 * of the panel and how many alternates to draw besides. Whether the size suits the draw (odd, pool large enough) is
 * the draw's rule, checked when it draws.
 *
 * @param specialties the pool members' specialties to draw from, at least one
 * @param titleLevels the pool members' title levels to draw from ({@code INTERMEDIATE}, {@code DEPUTY_SENIOR},
 *                    {@code FULL_SENIOR}), at least one
 * @param panelSize   seats of the panel, at least 1
 * @param alternates  alternates drawn besides the panel, at least 0
 */
public record PanelPlan(Set<String> specialties, Set<String> titleLevels, int panelSize, int alternates) {

    public PanelPlan {
        specialties = sortedNonBlank(specialties, "specialties");
        titleLevels = sortedNonBlank(titleLevels, "titleLevels");
        if (panelSize < 1) {
            throw new IllegalArgumentException("panelSize must be at least 1, was " + panelSize);
        }
        if (alternates < 0) {
            throw new IllegalArgumentException("alternates must not be negative, was " + alternates);
        }
    }

    private static Set<String> sortedNonBlank(Set<String> values, String name) {
        Objects.requireNonNull(values, name);
        if (values.isEmpty() || values.stream().anyMatch(value -> value == null || value.isBlank())) {
            throw new IllegalArgumentException(name + " must hold at least one non-blank value");
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(values.stream().map(String::strip).toList()));
    }
}

package org.zhicheng.committee.draw.domain;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the meeting asks of its panel; part of the draw's commitment, so it cannot change once committed. Whether the
 * numbers are acceptable is for the rules ({@link PanelSizeOdd}, {@link PoolLargeEnough}), so a refusal names its rule.
 *
 * @param meetingId   the meeting the panel is drawn for; binds the commitment to it
 * @param specialties the specialties an expert must have one of (non-empty; kept sorted)
 * @param titleLevels the title levels an expert must have one of (non-empty; kept sorted)
 * @param panelSize   seats on the panel (执行委员会人数)
 * @param alternates  alternates (候补专家) drawn after the panel, in order, as far as the pool allows
 */
public record DrawConstraints(String meetingId, SortedSet<String> specialties, SortedSet<String> titleLevels,
        int panelSize, int alternates) {

    public DrawConstraints {
        meetingId = Text.required(meetingId, "meetingId");
        specialties = sortedCopy(specialties, "specialties");
        titleLevels = sortedCopy(titleLevels, "titleLevels");
        if (panelSize < 1) {
            throw new IllegalArgumentException("panelSize must be positive");
        }
        if (alternates < 0) {
            throw new IllegalArgumentException("alternates must not be negative");
        }
    }

    /** Constraints from any sets (copied and sorted). */
    public static DrawConstraints of(String meetingId, Set<String> specialties, Set<String> titleLevels,
            int panelSize, int alternates) {
        return new DrawConstraints(meetingId, new TreeSet<>(specialties), new TreeSet<>(titleLevels), panelSize,
                alternates);
    }

    /** Whether the candidate's specialty and title level are among the meeting's. */
    public boolean matches(Candidate candidate) {
        return specialties.contains(candidate.specialty()) && titleLevels.contains(candidate.titleLevel());
    }

    /** How many experts the initial draw wants: the panel and its alternates. */
    public int wanted() {
        return panelSize + alternates;
    }

    private static SortedSet<String> sortedCopy(Set<String> values, String name) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String value : values) {
            sorted.add(Text.required(value, name));
        }
        return Collections.unmodifiableSortedSet(sorted);
    }
}

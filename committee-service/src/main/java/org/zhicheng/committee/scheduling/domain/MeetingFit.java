package org.zhicheng.committee.scheduling.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.zhicheng.committee.meeting.domain.MeetingStatus;

/**
 * Which meeting an application ready for evaluation is assigned to: the earliest of its committee's meetings that
 * <ul>
 * <li>is still {@code PLANNED}: once filed, the HR bureau has the meeting's qualification summary and its applicants'
 * count (001 五(二)), and only the office, filing again, may change them;</li>
 * <li>is held today or later (the business date);</li>
 * <li>draws its panel for the application's level, or names no level;</li>
 * <li>draws it for the application's specialty, or names no specialty, or the application names none.</li>
 * </ul>
 * The panel is drawn from the meeting's levels and specialties, so an application outside them would meet experts
 * of another field.
 */
public final class MeetingFit {

    private MeetingFit() {
    }

    /** A meeting as the rule weighs it. */
    public record Slot(UUID meetingId, LocalDate date, MeetingStatus status, Set<String> titleLevels,
            Set<String> specialties) {

        public Slot {
            titleLevels = Set.copyOf(titleLevels);
            specialties = Set.copyOf(specialties);
        }
    }

    public static boolean fits(ScheduledApplication application, Slot meeting, LocalDate today) {
        return meeting.status() == MeetingStatus.PLANNED
                && !meeting.date().isBefore(today)
                && (meeting.titleLevels().isEmpty() || meeting.titleLevels().contains(application.level()))
                && (meeting.specialties().isEmpty() || application.specialty() == null
                        || meeting.specialties().contains(application.specialty()));
    }

    /**
     * The fitting meetings, earliest first (among meetings of one day, in the order given): the caller takes the
     * first that still fits once it holds the meeting's lock.
     */
    public static List<Slot> fitting(ScheduledApplication application, List<Slot> meetings, LocalDate today) {
        return meetings.stream().filter(meeting -> fits(application, meeting, today))
                .sorted(Comparator.comparing(Slot::date)).toList();
    }
}

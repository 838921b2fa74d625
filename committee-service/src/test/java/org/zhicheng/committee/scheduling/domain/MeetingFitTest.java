package org.zhicheng.committee.scheduling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhicheng.committee.meeting.domain.MeetingStatus;
import org.zhicheng.committee.scheduling.domain.MeetingFit.Slot;

/** Which meeting an application ready for evaluation goes to. */
class MeetingFitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static ScheduledApplication application(String level, String specialty) {
        return new ScheduledApplication(UUID.randomUUID(), "SY-ENG-MID", "P-1", "陈明", "SY-U001", "上虞建设", 2026,
                "ENGINEER_SENIOR", "高级工程师", level, specialty);
    }

    static Slot slot(LocalDate date, MeetingStatus status, Set<String> levels, Set<String> specialties) {
        return new Slot(UUID.randomUUID(), date, status, levels, specialties);
    }

    static Slot planned(LocalDate date) {
        return slot(date, MeetingStatus.PLANNED, Set.of("DEPUTY_SENIOR"), Set.of("机电制造"));
    }

    @Test
    void aPlannedMeetingOfTheLevelAndSpecialtyHeldTodayOrLaterFits() {
        ScheduledApplication deputy = application("DEPUTY_SENIOR", "机电制造");

        assertThat(MeetingFit.fits(deputy, planned(TODAY), TODAY)).isTrue();
        assertThat(MeetingFit.fits(deputy, planned(TODAY.plusDays(30)), TODAY)).isTrue();
        assertThat(MeetingFit.fits(deputy, planned(TODAY.minusDays(1)), TODAY)).isFalse();
    }

    @Test
    void onlyAPlannedMeetingTakesApplicationsAutomatically() {
        ScheduledApplication deputy = application("DEPUTY_SENIOR", "机电制造");

        for (MeetingStatus status : MeetingStatus.values()) {
            Slot meeting = slot(TODAY.plusDays(10), status, Set.of("DEPUTY_SENIOR"), Set.of("机电制造"));
            assertThat(MeetingFit.fits(deputy, meeting, TODAY)).as(status.name())
                    .isEqualTo(status == MeetingStatus.PLANNED);
        }
    }

    @Test
    void theMeetingsLevelsMustIncludeTheApplicationsUnlessItNamesNone() {
        LocalDate day = TODAY.plusDays(10);

        assertThat(MeetingFit.fits(application("FULL_SENIOR", "机电制造"), planned(day), TODAY)).isFalse();
        assertThat(MeetingFit.fits(application("FULL_SENIOR", "机电制造"),
                slot(day, MeetingStatus.PLANNED, Set.of(), Set.of("机电制造")), TODAY)).isTrue();
        assertThat(MeetingFit.fits(application("CLERK_JUNIOR", "机电制造"),
                slot(day, MeetingStatus.PLANNED, Set.of("INTERMEDIATE", "DEPUTY_SENIOR", "FULL_SENIOR"),
                        Set.of("机电制造")), TODAY)).isFalse();
    }

    @Test
    void theMeetingsSpecialtiesMustIncludeTheApplicationsUnlessEitherNamesNone() {
        LocalDate day = TODAY.plusDays(10);

        assertThat(MeetingFit.fits(application("DEPUTY_SENIOR", "信息技术"), planned(day), TODAY)).isFalse();
        assertThat(MeetingFit.fits(application("DEPUTY_SENIOR", null), planned(day), TODAY)).isTrue();
        assertThat(MeetingFit.fits(application("DEPUTY_SENIOR", "信息技术"),
                slot(day, MeetingStatus.PLANNED, Set.of("DEPUTY_SENIOR"), Set.of()), TODAY)).isTrue();
    }

    @Test
    void theFittingMeetingsComeEarliestFirstAndThoseOfOneDayInTheOrderGiven() {
        Slot late = planned(TODAY.plusDays(20));
        Slot firstOfTheDay = planned(TODAY.plusDays(9));
        Slot secondOfTheDay = planned(TODAY.plusDays(9));
        Slot filed = slot(TODAY.plusDays(8), MeetingStatus.FILED, Set.of("DEPUTY_SENIOR"), Set.of("机电制造"));
        Slot past = planned(TODAY.minusDays(2));

        assertThat(MeetingFit.fitting(application("DEPUTY_SENIOR", "机电制造"),
                List.of(late, past, firstOfTheDay, filed, secondOfTheDay), TODAY))
                .containsExactly(firstOfTheDay, secondOfTheDay, late);
        assertThat(MeetingFit.fitting(application("FULL_SENIOR", "机电制造"), List.of(late), TODAY)).isEmpty();
    }
}

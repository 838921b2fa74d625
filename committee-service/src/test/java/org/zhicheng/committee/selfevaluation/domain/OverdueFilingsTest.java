package org.zhicheng.committee.selfevaluation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class OverdueFilingsTest {

    private static final UUID COMMITTEE = UUID.fromString("00000000-0000-0000-0000-00000000c0de");

    private final OverdueFilings overdueFilings = new OverdueFilings(
            new FilingDeadlines(SelfEvaluationSettings.SEED_NOTICES, FilingDeadlinesTest.CALENDAR));

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static AnnualFiling filed(FilingKind kind, int year, String on) {
        return new AnnualFiling(kind, year, day(on), kind + "-" + year);
    }

    private static SelfEvaluationRecord record(List<AnnualFiling> filings, List<SelfEvaluationMeeting> meetings) {
        return new SelfEvaluationRecord(COMMITTEE, 2024, null, filings, meetings);
    }

    private List<OverdueFiling> on(String today, SelfEvaluationRecord record) {
        return overdueFilings.find(record, day(today));
    }

    @Test
    void nothingIsOverdueUpToTheDueDate() {
        assertThat(on("2024-11-30", record(List.of(), List.of()))).isEmpty();
    }

    @Test
    void aMissingPlanAndSchemeAreFlaggedTheDayAfterThirtiethNovember() {
        assertThat(on("2024-12-01", record(List.of(), List.of())))
            .extracting(OverdueFiling::committeeId, OverdueFiling::kind, OverdueFiling::year, OverdueFiling::dueOn,
                    OverdueFiling::daysOverdue, OverdueFiling::missing)
            .containsExactly(
                    tuple(COMMITTEE, FilingKind.THREE_YEAR_PLAN, 2024, day("2024-11-30"), 1L, true),
                    tuple(COMMITTEE, FilingKind.ANNUAL_SCHEME, 2024, day("2024-11-30"), 1L, true));
    }

    @Test
    void aMissingSummaryIsFlaggedAfterTwentyEighthFebruaryOfTheNextYear() {
        SelfEvaluationRecord record = record(List.of(filed(FilingKind.THREE_YEAR_PLAN, 2024, "2024-10-30"),
                filed(FilingKind.ANNUAL_SCHEME, 2024, "2024-11-30")), List.of());

        assertThat(on("2025-02-28", record)).isEmpty();
        assertThat(on("2025-03-01", record)).singleElement().satisfies(overdue -> {
            assertThat(overdue.kind()).isEqualTo(FilingKind.SUMMARY);
            assertThat(overdue.year()).isEqualTo(2024);
            assertThat(overdue.dueOn()).isEqualTo(day("2025-02-28"));
            assertThat(overdue.daysOverdue()).isEqualTo(1);
        });
    }

    @Test
    void aThreeYearPlanCoversThreeYearsAndTheFourthNeedsANewOne() {
        SelfEvaluationRecord record = record(List.of(filed(FilingKind.THREE_YEAR_PLAN, 2024, "2024-11-01"),
                filed(FilingKind.ANNUAL_SCHEME, 2024, "2024-11-01"),
                filed(FilingKind.SUMMARY, 2024, "2025-02-01"),
                filed(FilingKind.ANNUAL_SCHEME, 2025, "2025-11-01"),
                filed(FilingKind.SUMMARY, 2025, "2026-02-01"),
                filed(FilingKind.ANNUAL_SCHEME, 2026, "2026-11-01"),
                filed(FilingKind.SUMMARY, 2026, "2027-02-01")), List.of());

        assertThat(on("2026-12-01", record)).isEmpty();
        assertThat(on("2027-12-01", record)).extracting(OverdueFiling::kind, OverdueFiling::year)
            .containsExactly(tuple(FilingKind.THREE_YEAR_PLAN, 2027), tuple(FilingKind.ANNUAL_SCHEME, 2027));
    }

    @Test
    void aFilingMadeAfterItsDueDateIsFlaggedWithItsFilingDay() {
        SelfEvaluationRecord record = record(List.of(filed(FilingKind.THREE_YEAR_PLAN, 2024, "2024-11-30"),
                filed(FilingKind.ANNUAL_SCHEME, 2024, "2024-12-05")), List.of());

        assertThat(on("2024-12-20", record)).singleElement().satisfies(late -> {
            assertThat(late.kind()).isEqualTo(FilingKind.ANNUAL_SCHEME);
            assertThat(late.missing()).isFalse();
            assertThat(late.filedOn()).isEqualTo(day("2024-12-05"));
            assertThat(late.daysOverdue()).isEqualTo(5);
        });
    }

    @Test
    void meetingReportsAreFlaggedWhenMissingAfterTheirLastDayOrMadeLate() {
        UUID unreported = UUID.randomUUID();
        UUID reportedLate = UUID.randomUUID();
        UUID reportedInTime = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        SelfEvaluationRecord record = record(List.of(filed(FilingKind.THREE_YEAR_PLAN, 2024, "2024-11-01"),
                filed(FilingKind.ANNUAL_SCHEME, 2024, "2024-11-01")), List.of(
                        new SelfEvaluationMeeting(unreported, day("2024-12-16"), null),
                        new SelfEvaluationMeeting(reportedLate, day("2024-12-17"), day("2024-12-11")),
                        new SelfEvaluationMeeting(reportedInTime, day("2024-12-18"), day("2024-12-11")),
                        new SelfEvaluationMeeting(later, day("2024-12-30"), null)));

        assertThat(on("2024-12-10", record))
            .extracting(OverdueFiling::kind, OverdueFiling::meetingId, OverdueFiling::dueOn, OverdueFiling::filedOn,
                    OverdueFiling::daysOverdue)
            .containsExactly(
                    tuple(FilingKind.MEETING_REPORT, unreported, day("2024-12-09"), null, 1L),
                    tuple(FilingKind.MEETING_REPORT, reportedLate, day("2024-12-10"), day("2024-12-11"), 1L));
    }

    @Test
    void yearsAfterTheRightsEndedAreNotChecked() {
        SelfEvaluationRecord record = new SelfEvaluationRecord(COMMITTEE, 2024, 2024,
                List.of(filed(FilingKind.THREE_YEAR_PLAN, 2024, "2024-11-01"),
                        filed(FilingKind.ANNUAL_SCHEME, 2024, "2024-11-01"),
                        filed(FilingKind.SUMMARY, 2024, "2025-02-01")),
                List.of());

        assertThat(on("2026-12-31", record)).isEmpty();
    }

    @Test
    void nothingFallsDueWhileTheRightsAreSuspended() {
        // suspended 2025-03-10, reinstated 2026-01-05: the 2025 plan and scheme (30 Nov 2025) are not owed; the 2025
        // summary (28 Feb 2026) and the 2024 summary (28 Feb 2025, before the suspension) are
        SelfEvaluationRecord record = new SelfEvaluationRecord(COMMITTEE, 2024, null,
                List.of(filed(FilingKind.ANNUAL_SCHEME, 2024, "2024-11-01")), List.of(),
                List.of(new RightsPause(day("2025-03-10"), day("2026-01-05"))));

        assertThat(on("2026-03-02", record)).extracting(OverdueFiling::kind, OverdueFiling::year)
            .containsExactly(tuple(FilingKind.THREE_YEAR_PLAN, 2024), tuple(FilingKind.SUMMARY, 2024),
                    tuple(FilingKind.SUMMARY, 2025));
    }

    @Test
    void aSuspensionThatLastsOwesNothingAfterItsFirstDay() {
        SelfEvaluationRecord record = new SelfEvaluationRecord(COMMITTEE, 2024, null, List.of(), List.of(),
                List.of(new RightsPause(day("2024-11-30"), null)));

        assertThat(on("2026-12-31", record)).isEmpty();
    }
}

package org.zhicheng.notification.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.notification.publicity.domain.PublicityAction;
import org.zhicheng.notification.publicity.domain.PublicityKind;
import org.zhicheng.notification.publicity.domain.PublicityOutcome;
import org.zhicheng.notification.publicity.domain.PublicityStatus;
import org.zhicheng.notification.publicity.domain.SubjectType;

import io.swagger.v3.oas.annotations.media.Schema;

/** The response bodies of the publicity API. */
final class PublicityViews {

    private PublicityViews() {
    }

    @Schema(description = "A publicity in full. heldByObjections: its period is over but objections raised during it "
            + "are still being investigated, so it stays open (001 五(二)). Entries show what the notices show; their "
            + "applicationId and person, the subject's id and the objections' counts, only for the opener and the HR bureau.")
    record PublicityView(UUID id, PublicityKind kind, String kindLabel, SubjectType subjectType, String subjectId,
            String region, String committee, String unit, String publisher, String title, String body,
            ContactView contact, PeriodView period, PublicityStatus status, boolean heldByObjections,
            PublicityOutcome outcome, Instant closedAt, Instant openedAt, List<EntryView> entries,
            ObjectionsView objections, int version) {
    }

    @Schema(description = "When it runs: startsOn (counted as the first working day when it is one) to endsOn, "
            + "the workingDays-th working day; it closes at closesAt, the end of endsOn in Asia/Shanghai. "
            + "provisional: a year without calendar data was involved (Monday–Friday assumed).")
    record PeriodView(LocalDate startsOn, int workingDays, LocalDate endsOn, Instant closesAt, boolean provisional,
            List<String> calendarSources) {
    }

    record ContactView(String office, String phone, String email, String address) {
    }

    record EntryView(UUID id, String name, String unit, String title, String specialty,
            List<String> representativeAchievements, String remark, UUID applicationId, String person) {
    }

    @Schema(description = "The objections raised against it (staff only)")
    record ObjectionsView(int raised, int open, int upheld, int notUpheld, int outsideScope) {
    }

    @Schema(description = "A publicity as the public list shows it (no entries, no subject id)")
    record PublicitySummaryView(UUID id, PublicityKind kind, String kindLabel, SubjectType subjectType,
            String region, String committee, String unit, String publisher, String title,
            LocalDate startsOn, int workingDays, LocalDate endsOn, Instant closesAt, boolean provisional,
            PublicityStatus status, boolean heldByObjections, PublicityOutcome outcome, int entryCount,
            Instant openedAt, Instant closedAt) {
    }

    record HistoryView(PublicityAction action, PublicityStatus from, PublicityStatus to, String actor, String reason,
            Instant at) {
    }
}

package org.zhicheng.committee.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.committee.meeting.domain.ApplicationAssignment;
import org.zhicheng.committee.meeting.domain.ApplicationOutcome;
import org.zhicheng.committee.meeting.domain.Meeting;
import org.zhicheng.committee.meeting.domain.MeetingAction;
import org.zhicheng.committee.meeting.domain.MeetingStatus;

import io.swagger.v3.oas.annotations.media.Schema;

/** The response bodies of the meeting API. */
final class MeetingViews {

    private MeetingViews() {
    }

    @Schema(description = "A meeting. Experts on its panel see it without the filing, the approval and the other "
            + "panelists (panel.experts and panel.chair are null unless it is themselves).")
    record MeetingView(UUID id, String committee, String title, LocalDate date, String venue, MeetingStatus status,
            int version, List<String> specialties, List<String> titleLevels, int panelSize, int alternates,
            List<AssignmentView> applications, FilingWindowView filingWindow, FilingView filing,
            ApprovalView approval, String returnReason, PanelView panel, ClosingView closing, String cancelReason,
            String createdBy, Instant createdAt, Instant updatedAt) {
    }

    record AssignmentView(UUID applicationId, String applicantPerson, String applicantUnit, String title,
            String specialty) {
    }

    @Schema(description = "The last day the meeting may be filed with the HR bureau (001 五(二)); provisional when a "
            + "year without calendar data was involved (Monday–Friday assumed).")
    record FilingWindowView(LocalDate meetingDate, LocalDate latestFilingDay, boolean provisional,
            List<String> sources) {
    }

    record FilingView(int qualifiedCount, String qualificationReviewSummary, String prePublicityReference,
            String prePublicitySummary, String panelCompositionSummary, LocalDate filedOn, LocalDate latestFilingDay,
            boolean provisional, String filedBy, Instant filedAt) {
    }

    record ApprovalView(String consentReference, String approvedBy, Instant approvedAt) {
    }

    @Schema(description = "The drawn panel. experts and chair only for the office and the HR bureau; an expert sees "
            + "that they sit on it (member) and whether they chair it.")
    record PanelView(int size, List<String> experts, String chair, boolean member, boolean chairing, UUID drawId,
            Instant recordedAt) {
    }

    record ClosingView(Instant closedAt, String minutesHash, int panelSize, int attending, List<ResultView> results) {
    }

    record ResultView(UUID applicationId, int attending, int agree, int disagree, int abstain,
            ApplicationOutcome outcome) {
    }

    @Schema(description = "Whether an expert sits on the meeting's panel, for a service that grants panelists access "
            + "to the assigned applications. panelDrawn once the panel is recorded (PANEL_DRAWN, OPEN, CLOSED); "
            + "member only then, when the expert holds a seat of the confirmed panel (an alternate once promoted).")
    record PanelMembershipView(UUID meetingId, String committee, MeetingStatus status, boolean panelDrawn,
            boolean member, List<UUID> applicationIds) {

        static PanelMembershipView of(Meeting meeting, String expert) {
            boolean drawn = meeting.status().panelDrawn();
            return new PanelMembershipView(meeting.id(), meeting.committeeCode(), meeting.status(), drawn,
                    drawn && meeting.panel().contains(expert),
                    meeting.assignments().stream().map(ApplicationAssignment::applicationId).toList());
        }
    }

    record HistoryView(MeetingAction action, MeetingStatus from, MeetingStatus to, String actor, String reason,
            UUID applicationId, Instant at) {
    }
}

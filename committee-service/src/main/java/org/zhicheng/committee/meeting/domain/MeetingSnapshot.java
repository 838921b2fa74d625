package org.zhicheng.committee.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything a {@link Meeting} holds, for storing and restoring it ({@link Meeting#snapshot()},
 * {@link Meeting#restore(MeetingSnapshot)}). Groups are null until their step happened: {@code filing} until the
 * first filing (a returned filing stays, for amendment), {@code approval} until the HR bureau consented, and so on.
 */
public record MeetingSnapshot(
        UUID id,
        String committeeCode,
        String title,
        LocalDate date,
        String venue,
        PanelPlan panelPlan,
        MeetingStatus status,
        int version,
        List<ApplicationAssignment> assignments,
        Filing filing,
        Approval approval,
        String returnReason,
        Panel panel,
        Opening opening,
        Closing closing,
        String cancelReason,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public MeetingSnapshot {
        assignments = List.copyOf(assignments);
    }

    /** The latest filing with the HR bureau and the window it was checked against. */
    public record Filing(MeetingFiling content, FilingWindow window, LocalDate filedOn, String filedBy,
            Instant filedAt) {
    }

    /** The HR bureau's written consent (书面意见). */
    public record Approval(String consentReference, String approvedBy, Instant approvedAt) {
    }

    /** The drawn panel (执行委员会) and the draw that produced it. */
    public record Panel(UUID drawId, List<String> experts, String recordedBy, Instant recordedAt) {

        public Panel {
            experts = List.copyOf(experts);
        }
    }

    /** Who chairs the session and when it opened. */
    public record Opening(String chair, String openedBy, Instant openedAt) {
    }

    /** How the chair closed the meeting: the minutes' hash and the outcomes. */
    public record Closing(String closedBy, Instant closedAt, String minutesHash, int panelSize, int attending,
            List<ApplicationResult> results) {

        public Closing {
            results = List.copyOf(results);
        }
    }
}

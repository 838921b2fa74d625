package org.zhicheng.committee.scheduling.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.zhicheng.starter.problem.WrongStateRefused;

/**
 * An application ready for evaluation (待评审) on its committee's waiting list: {@code AWAITING} a meeting that fits
 * it, {@code ASSIGNED} to one, or {@code WITHDRAWN} for good (withdrawn or rejected). Scheduled again (after a meeting
 * closed without voting on it) it waits again; a withdrawn one is never scheduled again ({@link WrongStateRefused}).
 * The caller passes the time.
 */
public final class AwaitingApplication {

    private static final String RESOURCE = "awaiting";

    private ScheduledApplication application;
    private String scheduledBy;
    private AwaitingStatus status;
    private UUID meetingId;
    private final Instant receivedAt;
    private Instant updatedAt;

    private AwaitingApplication(ScheduledApplication application, String scheduledBy, AwaitingStatus status,
            UUID meetingId, Instant receivedAt, Instant updatedAt) {
        this.application = Objects.requireNonNull(application, "application");
        this.scheduledBy = requireText(scheduledBy);
        this.status = Objects.requireNonNull(status, "status");
        this.meetingId = meetingId;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        if (status == AwaitingStatus.ASSIGNED && meetingId == null) {
            throw new IllegalArgumentException("an assigned application names its meeting");
        }
    }

    /**
     * A newly scheduled application, waiting for a meeting.
     *
     * @param scheduledBy the service that scheduled it (the event's source), the actor of its automatic assignment
     */
    public static AwaitingApplication received(ScheduledApplication application, String scheduledBy, Instant now) {
        return new AwaitingApplication(application, scheduledBy, AwaitingStatus.AWAITING, null, now, now);
    }

    /** As stored. */
    public static AwaitingApplication restore(ScheduledApplication application, String scheduledBy,
            AwaitingStatus status, UUID meetingId, Instant receivedAt, Instant updatedAt) {
        return new AwaitingApplication(application, scheduledBy, status, meetingId, receivedAt, updatedAt);
    }

    /**
     * Scheduled again (its meeting closed without a vote on it, or it left the meeting): waiting again, with the
     * application as sent now; it keeps its place in the queue (received when first scheduled).
     */
    public void scheduledAgain(ScheduledApplication again, String by, Instant now) {
        requireNotWithdrawn("schedule");
        if (!again.applicationId().equals(application.applicationId())) {
            throw new IllegalArgumentException("application " + again.applicationId() + " is not "
                    + application.applicationId());
        }
        this.application = again;
        this.scheduledBy = requireText(by);
        this.status = AwaitingStatus.AWAITING;
        this.meetingId = null;
        this.updatedAt = now;
    }

    /** On a meeting: assigned to it now, or found there. */
    public void assignedTo(UUID meeting, Instant now) {
        requireNotWithdrawn("assign");
        this.status = AwaitingStatus.ASSIGNED;
        this.meetingId = Objects.requireNonNull(meeting, "meeting");
        this.updatedAt = now;
    }

    /**
     * Withdrawn or rejected: off the list for good.
     *
     * @param stillOn the meeting that keeps it (one already in session), null when it is on none
     */
    public void withdrawn(UUID stillOn, Instant now) {
        requireNotWithdrawn("withdraw");
        this.status = AwaitingStatus.WITHDRAWN;
        this.meetingId = stillOn;
        this.updatedAt = now;
    }

    private static String requireText(String scheduledBy) {
        if (scheduledBy == null || scheduledBy.isBlank()) {
            throw new IllegalArgumentException("scheduledBy must not be blank");
        }
        return scheduledBy;
    }

    private void requireNotWithdrawn(String action) {
        if (status == AwaitingStatus.WITHDRAWN) {
            throw new WrongStateRefused(RESOURCE, status, action, null);
        }
    }

    public UUID applicationId() {
        return application.applicationId();
    }

    public ScheduledApplication application() {
        return application;
    }

    /** The service that scheduled it last (the event's source). */
    public String scheduledBy() {
        return scheduledBy;
    }

    public AwaitingStatus status() {
        return status;
    }

    /** The meeting it is on; null while it waits (and once withdrawn, unless a meeting in session keeps it). */
    public UUID meetingId() {
        return meetingId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

package org.zhicheng.committee.meeting.domain;

/**
 * Where a meeting stands: {@code PLANNED → FILED → APPROVED → PANEL_DRAWN → OPEN → CLOSED}; the HR bureau may send a
 * filing back ({@code FILED → PLANNED}, with a reason); {@code CANCELLED} is reachable from every state before
 * {@code OPEN}.
 */
public enum MeetingStatus {
    /** Created; the office assigns applications and prepares the filing. */
    PLANNED,
    /** Filed with the HR bureau (备案), waiting for its consent. */
    FILED,
    /** The HR bureau consented in writing; the panel may be drawn. */
    APPROVED,
    /** The panel (执行委员会) is drawn; the meeting may open on its date. */
    PANEL_DRAWN,
    /** In session: attendance, quorum, ballots. */
    OPEN,
    /** Closed by the chair; the minutes are archived and immutable. */
    CLOSED,
    /** Called off before it opened. */
    CANCELLED;

    /**
     * Whether the meeting's panel is recorded and evaluates its applications: {@code PANEL_DRAWN}, {@code OPEN},
     * {@code CLOSED} (a meeting cancelled after the draw evaluates nothing).
     */
    public boolean panelDrawn() {
        return this == PANEL_DRAWN || this == OPEN || this == CLOSED;
    }

    /** Whether the meeting can still be changed or cancelled by the office (every state before {@code OPEN}). */
    public boolean beforeOpening() {
        return this == PLANNED || this == FILED || this == APPROVED || this == PANEL_DRAWN;
    }
}

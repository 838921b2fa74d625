package org.zhicheng.committee.meeting.domain;

import java.util.Locale;

/** What happens to a meeting; each is one history row. */
public enum MeetingAction {
    CREATE, AMEND, ASSIGN, UNASSIGN, FILE, APPROVE, RETURN, RECORD_PANEL, OPEN, CLOSE, CANCEL;

    /** The action as named in problems and history ({@code record-panel}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package org.zhicheng.committee.meeting.domain;

/** The result of one application at a meeting. */
public enum ApplicationOutcome {
    /** Approving votes reached the pass threshold of the experts attending (评审通过). */
    PASSED,
    /** Ballots were cast but the approving votes fell short. */
    FAILED,
    /**
     * No ballot at all was cast on it before the chair closed the meeting (no quorum, or not reached): it is neither
     * passed nor failed, and may be assigned to a later meeting.
     */
    NOT_VOTED
}

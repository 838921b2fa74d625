package org.zhicheng.committee.ballot.domain;

/** Where the vote of an open meeting stands: {@code ATTENDANCE → BALLOTING → CLOSED}, or straight to closed. */
public enum VotingStage {
    /** Signing in; no ballot yet. */
    ATTENDANCE,
    /** The quorum was confirmed and attendance closed; attending experts vote. */
    BALLOTING,
    /** The chair closed the meeting; the minutes are final. */
    CLOSED
}

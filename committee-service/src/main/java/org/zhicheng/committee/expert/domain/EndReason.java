package org.zhicheng.committee.expert.domain;

/** Why a membership ended. */
public enum EndReason {
    /** Removed by an approved pool request. */
    REMOVED,
    /** Ended by a discipline record (000 三(一)). */
    DISCIPLINE,
    /** Its term had run out and a new term replaced it. */
    TERM_EXPIRED
}

package org.zhicheng.committee.scheduling.domain;

/** Where an application ready for evaluation stands on its committee's waiting list. */
public enum AwaitingStatus {
    /** Ready, but no meeting of the committee fits it yet. */
    AWAITING,
    /** On a meeting: assigned automatically, or found already there (assigned by the office by hand). */
    ASSIGNED,
    /** Withdrawn by the applicant or rejected: never evaluated, for good. */
    WITHDRAWN
}

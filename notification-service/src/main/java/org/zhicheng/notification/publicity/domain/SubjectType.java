package org.zhicheng.notification.publicity.domain;

/** What a publicity is about. */
public enum SubjectType {
    /** One application (its id). */
    APPLICATION,
    /** A list of applications chosen by the opener (a batch id). */
    APPLICATION_LIST,
    /** A meeting's results (the meeting id). */
    MEETING_RESULTS
}

package org.zhicheng.notification.publicity.domain;

/** The recorded transitions of a publicity. */
public enum PublicityAction {
    OPEN,
    /** Its period ended with objections unanswered: held open (001 五(二)). */
    HOLD,
    /** A provisional end date moved when the year's calendar notice arrived. */
    RESCHEDULE,
    CLOSE
}

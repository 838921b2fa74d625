package org.zhicheng.notification.objection.domain;

/** What the raiser files (000 三(四): 投诉举报 are registered and their handling recorded). */
public enum ObjectionKind {
    /** 异议: the publicised facts are disputed. */
    OBJECTION,
    /** 投诉举报: a complaint or report of misconduct (fraud, irregular procedure). */
    COMPLAINT
}

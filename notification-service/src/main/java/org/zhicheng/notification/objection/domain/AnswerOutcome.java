package org.zhicheng.notification.objection.domain;

/** How an investigated objection was answered. */
public enum AnswerOutcome {
    /** 属实: upheld; the workflow acts on the application it concerns. */
    UPHELD,
    /** 不属实: not upheld. */
    NOT_UPHELD,
    /** 不属于受理范围: outside what this publicity or office can decide (referred elsewhere). */
    OUTSIDE_SCOPE
}

package org.zhicheng.committee.expert.domain;

/** What the expert did (000 三(一)). */
public enum DisciplineKind {
    /** Broke the evaluation discipline (违反评审纪律). */
    BREACH,
    /** Leaked evaluation information (泄露评审信息). */
    LEAK
}

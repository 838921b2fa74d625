package org.zhicheng.committee.expert.domain;

/** An expert may serve while ACTIVE; discipline disqualifies them for good (000 三(一), MOHRSS order 40). */
public enum ExpertStatus {
    ACTIVE,
    DISQUALIFIED
}

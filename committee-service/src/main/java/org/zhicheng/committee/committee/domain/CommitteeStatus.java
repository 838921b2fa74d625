package org.zhicheng.committee.committee.domain;

/** Whether a committee may evaluate; its rights can be suspended (暂停评审权, 001 四) and reinstated. */
public enum CommitteeStatus {
    ACTIVE,
    SUSPENDED
}

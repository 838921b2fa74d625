package org.zhicheng.plan.committee;

/** Whether a committee holds its evaluation rights ({@code ACTIVE}) or they are suspended (暂停评审权, 001 四). */
public enum CommitteeStatus {
    ACTIVE, SUSPENDED
}

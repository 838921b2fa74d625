package org.zhicheng.committee.committee.domain;

/** A change of a committee's evaluation rights. */
public enum RightsAction {
    SUSPEND,
    REINSTATE
}

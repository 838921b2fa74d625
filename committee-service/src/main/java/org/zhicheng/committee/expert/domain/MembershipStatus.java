package org.zhicheng.committee.expert.domain;

public enum MembershipStatus {
    ACTIVE,
    ENDED
}

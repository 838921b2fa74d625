package org.zhicheng.committee.expert.domain;

public enum PoolRequestStatus {
    PENDING,
    APPROVED,
    REJECTED
}

package org.zhicheng.committee.committee.domain;

/** The level of titles a committee evaluates: 初级 / 中级 / 高级评委会. */
public enum CommitteeLevel {
    /** 初级 */
    JUNIOR,
    /** 中级 */
    INTERMEDIATE,
    /** 高级 */
    SENIOR
}

package org.zhicheng.committee.expert.domain;

/** Kinds of conflict of interest (利益冲突, 回避) an expert declares or an office pins. */
public enum ConflictType {
    /** Works in the same unit as the applicant (同一单位). */
    SAME_UNIT,
    /** A relative of the applicant (亲属). */
    RELATIVE,
    /** A collaborator: joint projects, papers, supervision (合作关系). */
    COLLABORATOR,
    OTHER
}

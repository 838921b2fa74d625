package org.zhicheng.committee.expert.domain;

/** Who recorded a conflict: the expert themself, or a committee office that pinned it. */
public enum ConflictSource {
    DECLARED,
    PINNED
}

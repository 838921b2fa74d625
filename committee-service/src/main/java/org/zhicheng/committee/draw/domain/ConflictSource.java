package org.zhicheng.committee.draw.domain;

/** Who recorded a conflict: the expert themself, or the committee office that pinned it. */
public enum ConflictSource {
    DECLARED,
    PINNED
}

package org.zhicheng.committee.draw.domain;

/** The kind of a conflict of interest (利益冲突), typed as peer-review systems do. */
public enum ConflictType {
    /** The expert works in the same unit as the person or is tied to the unit. */
    SAME_UNIT,
    /** A relative (亲属). */
    RELATIVE,
    /** A recent co-author, co-investigator or business partner. */
    COLLABORATOR,
    /** Anything else the expert or the office considers a conflict. */
    OTHER
}

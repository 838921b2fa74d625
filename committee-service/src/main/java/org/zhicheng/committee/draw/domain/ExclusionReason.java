package org.zhicheng.committee.draw.domain;

/** Why an expert matching the meeting's specialties and levels was left out of the eligible pool (回避). */
public enum ExclusionReason {
    /** The expert is themself the applicant of an assigned application. */
    IS_APPLICANT,
    /** The expert's own unit is an assigned applicant's unit (an implicit {@link ConflictType#SAME_UNIT}). */
    SAME_UNIT_AS_APPLICANT,
    /** A declared or pinned conflict names an assigned applicant. */
    CONFLICT_WITH_APPLICANT,
    /** A declared or pinned conflict names an assigned applicant's unit. */
    CONFLICT_WITH_APPLICANT_UNIT
}

package org.zhicheng.committee.selfevaluation.domain;

/** The filings of a self-evaluating unit. */
public enum FilingKind {
    /** 三年评聘规划: the plan for three evaluation years, filed by 30 November of its first year. */
    THREE_YEAR_PLAN,
    /** 当年评聘方案: the year's scheme, filed by 30 November of the year, before the year's meetings are held. */
    ANNUAL_SCHEME,
    /** 评聘会议报备: each meeting, reported 5 working days before it is held. */
    MEETING_REPORT,
    /** 评聘总结: the year's summary, filed by 28 February of the next year. */
    SUMMARY
}

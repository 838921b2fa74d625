package org.zhicheng.plan.plan.domain;

/** The staged deadlines of a plan (003 二(二)), earliest first. */
public enum DeadlineStage {
    /** 网上个人申报截止时间: the individual application. */
    INDIVIDUAL_APPLICATION,
    /** 所在单位推荐截止时间: the employer's recommendation. */
    UNIT_RECOMMENDATION,
    /** 各地市评审（审核）推荐截止时间: the city's review and recommendation. */
    CITY_RECOMMENDATION
}

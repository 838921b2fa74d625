package org.zhicheng.application.archive.domain;

/** What kind of employer a person works for: several rules of the notices turn on it. */
public enum UnitType {
    /** 民营工业企业 (000 附件4; 初定 with +1 year for mismatched majors, 000 二(三)) */
    PRIVATE_INDUSTRIAL_ENTERPRISE,
    /** 民营非工业企业: construction, water, transport, commerce (建筑、水利、交通、商贸服务, 000 二(三)) */
    PRIVATE_NON_INDUSTRIAL_ENTERPRISE,
    STATE_OWNED_ENTERPRISE,
    /** 事业单位: applies within an approved post (核岗, 000 三(二), 002 二(四)) */
    PUBLIC_INSTITUTION,
    /** 参照公务员法管理的事业单位: no engineering senior titles (003 一(二)) */
    CIVIL_SERVICE_MANAGED_INSTITUTION,
    /** 中央、省部属单位 in the region: evaluated on an entrustment letter (002 二(一)) */
    PROVINCIAL_OR_CENTRAL_UNIT,
    /** 社会组织 and others */
    OTHER
}

package org.zhicheng.application.integrity;

/** What an integrity record (诚信档案) is about. */
public enum IntegrityKind {
    /** An objection or complaint against an application's publicity entry, and its handling (000 三(四)). */
    COMPLAINT,
    /** Academic fraud found at a step: the application vetoed (一票否决, 002 三(一)), a ban recorded with it. */
    FRAUD_VETO,
    /** A bar from applying until a date, recorded by an HR bureau (MOHRSS-40 第三十七条). */
    BAN,
    /** Poor performance, low recognition or bad conduct: no recommendation in a year (取消推荐资格, 002 三(一)). */
    RECOMMENDATION_EXCLUSION
}

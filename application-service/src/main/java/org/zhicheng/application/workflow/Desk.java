package org.zhicheng.application.workflow;

/** Who holds an application in a state: whose move it is. */
public enum Desk {
    /** the applicant (a draft, a send-back) */
    APPLICANT,
    /** the applicant's unit HR desk (用人单位): review, unit publicity, recommendation */
    UNIT,
    /** the competent department (行业主管部门) recommending upward */
    DEPARTMENT,
    /** the office of the committee the application is addressed to (评委会办公室) */
    OFFICE,
    /** the committee itself: waiting for and in a meeting (committee-service) */
    COMMITTEE,
    /** the HR bureau of the plan's region: approval and publication of the passed list */
    HR_BUREAU,
    /** nobody: the application is over */
    NONE
}

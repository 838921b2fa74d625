package org.zhicheng.notification.announcement;

/** What an announcement announces. */
public enum AnnouncementKind {
    /** A published evaluation plan (评审公告). */
    PLAN_NOTICE,
    /** The published list of those who passed (评审通过人员名单). */
    PASSED_LIST
}

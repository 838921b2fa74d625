/**
 * Public announcements (公告): the plan notice (评审公告) made from {@code PlanPublished}, later the published passed
 * lists. Anyone may read them.
 */
package org.zhicheng.notification.announcement;

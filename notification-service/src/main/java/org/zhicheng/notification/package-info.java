/**
 * Notification service: public announcements (公告), publicities (公示) and objections, the working-day calendar, and
 * telling people what concerns them. Consumes the other services' events.
 */
package org.zhicheng.notification;

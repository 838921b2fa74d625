/**
 * The public working-day calendar (工作日): whether a date is a working day on the statutory calendar, and where a
 * period of N working days (a publicity, a reporting deadline) ends. Answers for years without data are provisional.
 */
package org.zhicheng.notification.calendar;

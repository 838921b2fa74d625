/**
 * Deadlines for committee offices (offices of deadlines, domain "Publicity and notices"): the published plan items
 * naming a known committee, their individual application deadlines as moved by special approval (000 三(三)), and a
 * reminder a few working days before each deadline.
 */
package org.zhicheng.notification.deadline;

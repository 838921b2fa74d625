/**
 * The committees' waiting lists of applications ready for evaluation, as a pure domain: the
 * {@link org.zhicheng.committee.scheduling.domain.AwaitingApplication} and its states, and
 * {@link org.zhicheng.committee.scheduling.domain.MeetingFit}, the rule choosing the meeting an application goes to.
 * No Spring; the caller passes the time and the business date.
 */
package org.zhicheng.committee.scheduling.domain;

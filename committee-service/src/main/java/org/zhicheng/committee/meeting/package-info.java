/**
 * Meetings: planning an evaluation meeting a week ahead, assigning applications, filing it with the HR bureau five
 * working days ahead and the bureau's consent or return, cancelling, and who sees what of a meeting (its office and
 * HR bureau everything, an expert only their own seat, application-service's account whether an expert sits on the
 * panel). {@link org.zhicheng.committee.meeting.Meetings} loads and saves meetings for the ballot and draw features;
 * {@link org.zhicheng.committee.meeting.MeetingDrawPort} is the contract with the draw,
 * {@link org.zhicheng.committee.meeting.MeetingSchedulingPort} and
 * {@link org.zhicheng.committee.meeting.MeetingPlanListener} those with the scheduling of applications ready for
 * evaluation. Emits {@code MeetingFiled} (and, through the ballot feature, {@code MeetingResultsRecorded}).
 */
package org.zhicheng.committee.meeting;

/**
 * Scheduling applications ready for evaluation onto meetings: application-service's {@code ApplicationScheduled}
 * (qualification review passed, pre-evaluation publicity closed) puts an application on its committee's waiting list
 * and on the committee's earliest fitting PLANNED meeting ({@link org.zhicheng.committee.scheduling.domain.MeetingFit});
 * a meeting planned or amended later takes the waiting ones that fit; {@code ApplicationWithdrawn} and
 * {@code ApplicationRejected} take it off the list and off a meeting not yet open. Assignments go through the meeting
 * feature's own path ({@link org.zhicheng.committee.meeting.MeetingSchedulingPort}); the office's API assignment
 * stays. The office and the HR bureau read the list.
 */
package org.zhicheng.committee.scheduling;

/**
 * Evaluation meetings (评审会议) as a pure domain: the {@link org.zhicheng.committee.meeting.domain.Meeting} aggregate
 * and its state machine, the lead-time and filing rules of notices 001 and 002 as named objects, the events a meeting
 * emits, and the refusals every committee domain throws ({@link org.zhicheng.committee.meeting.domain.Refusal}). No
 * Spring, no infrastructure; the caller passes the time, so the domain never reads a clock.
 */
package org.zhicheng.committee.meeting.domain;

/**
 * Evaluation meetings (评审会议) as a pure domain: the {@link org.zhicheng.committee.meeting.domain.Meeting} aggregate
 * and its state machine, the lead-time and filing rules of notices 001 and 002 as named objects, and the events a
 * meeting emits. Its refusals are the starter's ({@link org.zhicheng.starter.problem.Refusal}). No Spring, no
 * infrastructure; the caller passes the time, so the domain never reads a clock.
 */
package org.zhicheng.committee.meeting.domain;

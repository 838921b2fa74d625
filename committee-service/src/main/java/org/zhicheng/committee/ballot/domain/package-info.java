/**
 * Attendance, quorum and the secret ballot (无记名投票) of an open meeting, as a pure domain: the
 * {@link org.zhicheng.committee.ballot.domain.VotingSession} aggregate, the quorum and pass-threshold rules of MOHRSS
 * order 40 and notice 002 as named objects, and the immutable {@link org.zhicheng.committee.ballot.domain.Minutes}
 * that closing produces. Secrecy is structural: per application, who has voted ({@link
 * org.zhicheng.committee.ballot.domain.VoterRoll}) and how many chose what ({@link
 * org.zhicheng.committee.ballot.domain.Tally}) are kept apart and never linked. No Spring, no infrastructure.
 */
package org.zhicheng.committee.ballot.domain;

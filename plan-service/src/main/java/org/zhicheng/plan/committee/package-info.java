/**
 * Committees (评委会) as this service knows them: a local read model of committee-service's
 * {@code CommitteeRegistered}, {@code CommitteeSuspended} and {@code CommitteeReinstated} events, kept by
 * {@link org.zhicheng.plan.committee.CommitteeEventsListener}. Registering a committee links the plan items that name
 * it; the plan use cases ask {@link org.zhicheng.plan.committee.CommitteeDirectory} which committee an item names, and
 * refuse items of suspended committees ({@link org.zhicheng.plan.committee.SuspendedCommitteeTakesNoItems}, 001 四).
 * committee-service owns the committees; nothing here writes them except the listener.
 */
package org.zhicheng.plan.committee;

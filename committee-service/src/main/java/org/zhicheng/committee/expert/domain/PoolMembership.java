package org.zhicheng.committee.expert.domain;

import java.time.Instant;
import java.util.UUID;

/** An expert's place in a committee's pool (专家库) for a term; ended rows stay for the record. */
public record PoolMembership(UUID id, UUID committeeId, String expertId, Term term, MembershipStatus status,
        UUID addedByRequest, EndReason endReason, String endNote, Instant endedAt) {
}

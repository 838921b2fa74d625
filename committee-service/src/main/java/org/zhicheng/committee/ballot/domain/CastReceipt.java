package org.zhicheng.committee.ballot.domain;

import java.util.UUID;

/**
 * Acknowledges that {@code voter} has voted on {@code applicationId}, deliberately without the choice, so nothing
 * that records receipts can learn a vote.
 */
public record CastReceipt(UUID meetingId, UUID applicationId, String voter) {
}

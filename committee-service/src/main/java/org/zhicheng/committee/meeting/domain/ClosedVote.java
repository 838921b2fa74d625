package org.zhicheng.committee.meeting.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What closing the vote hands the meeting: who closed it and when, each application's result and the hash of the
 * archived minutes. The ballot domain's {@code Minutes} is the one implementation, produced only by closing a voting
 * session; the meeting depends on this view, not on the ballot domain.
 */
public interface ClosedVote {

    UUID meetingId();

    /** The chair (expert id) who closed the meeting. */
    String closedBy();

    Instant closedAt();

    /** The minutes' content hash (SHA-256, hex), for archive integrity. */
    String contentHash();

    int panelSize();

    int attending();

    List<ApplicationResult> results();
}

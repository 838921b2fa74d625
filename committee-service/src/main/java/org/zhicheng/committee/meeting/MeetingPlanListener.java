package org.zhicheng.committee.meeting;

import java.util.UUID;

/**
 * Told, in the office's transaction, that a meeting was planned or its plan amended (date, title levels,
 * specialties): the scheduling of applications ready for evaluation assigns the waiting ones that now fit it, so the
 * office's answer already shows them. Implemented outside this package; the meeting feature depends only on this.
 */
public interface MeetingPlanListener {

    /** The meeting (saved, its row and its committee's row locked by the caller) was planned or amended. */
    void planChanged(UUID meetingId);
}

package org.zhicheng.plan.committee;

import java.util.UUID;

/**
 * This service's reading of {@code CommitteeSuspended} and {@code CommitteeReinstated}: which committee; the reason
 * and the actor stay with committee-service.
 */
record CommitteeRightsChangedData(UUID committeeId, String code, String name, String territory) {
}

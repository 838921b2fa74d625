package org.zhicheng.plan.committee;

import java.util.UUID;

/**
 * This service's reading of {@code CommitteeRegistered}: only what the read model keeps; titles, specialties, units
 * and the registrant are committee-service's business and ignored here.
 */
record CommitteeRegisteredData(UUID committeeId, String code, String name, String level, String kind, String series,
        String territory) {
}

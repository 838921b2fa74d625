package org.zhicheng.plan.search;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The filters of the portal search, each optional.
 *
 * @param region        a GB/T 2260 code (2, 4 or 6 digits): items of that region, of its parents (the city and the
 *                      province above a district) and of its children (the districts below a city) match
 * @param committee     a committee id (UUID) or a part of the committee's name
 * @param openOn        items open for individual applications on that day: published on or before it, and its
 *                      last application day on or after it
 */
record PlanItemQuery(Integer year, String region, String series, String specialty, String level, String committee,
        LocalDate openOn, int page, int size) {

    /** The committee filter as an id, when it is one. */
    UUID committeeId() {
        if (committee == null) {
            return null;
        }
        try {
            return UUID.fromString(committee);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}

package org.zhicheng.notification.committee;

import java.util.UUID;

/**
 * A committee as this service knows it.
 *
 * @param territory GB/T 2260 code of the region it serves (its HR bureaus cover it)
 * @param active    false while its evaluation rights are suspended (001 四)
 */
public record KnownCommittee(String code, UUID committeeId, String name, String territory, String kind,
        String officeUnit, boolean active) {
}

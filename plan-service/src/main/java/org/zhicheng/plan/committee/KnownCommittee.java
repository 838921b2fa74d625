package org.zhicheng.plan.committee;

import java.util.UUID;

/**
 * A committee (评委会) committee-service has registered, as far as plans need it: its id, its code (what a committee
 * office's {@code committees} token claim lists), its name, its territory (GB/T 2260) and whether its rights are
 * suspended.
 */
public record KnownCommittee(UUID id, String code, String name, String territory, CommitteeStatus status) {

    public boolean suspended() {
        return status == CommitteeStatus.SUSPENDED;
    }
}

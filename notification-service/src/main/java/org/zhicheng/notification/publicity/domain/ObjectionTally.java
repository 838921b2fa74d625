package org.zhicheng.notification.publicity.domain;

import java.util.List;
import java.util.UUID;

/**
 * The objections raised against one publicity, as its close needs them: how many, how many still unanswered, how
 * each answered one ended, and which applications the upheld ones concern.
 */
public record ObjectionTally(int raised, int open, int upheld, int notUpheld, int outsideScope,
        List<UUID> upheldApplications) {

    public static final ObjectionTally NONE = new ObjectionTally(0, 0, 0, 0, 0, List.of());

    public ObjectionTally {
        upheldApplications = List.copyOf(upheldApplications);
        if (raised != open + upheld + notUpheld + outsideScope) {
            throw new IllegalArgumentException("the counts do not add up to " + raised);
        }
    }

    PublicityOutcome outcome() {
        if (raised == 0) {
            return PublicityOutcome.NO_OBJECTIONS;
        }
        return upheld > 0 ? PublicityOutcome.OBJECTIONS_UPHELD : PublicityOutcome.OBJECTIONS_NOT_UPHELD;
    }
}

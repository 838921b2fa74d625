package org.zhicheng.plan.committee;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies committee-service's committee events to the read model. A committee becoming known links the plan items
 * that name it (by name, in its territory's lineage). A suspension or reinstatement of a committee this service has
 * not seen registered still records the committee with that status: the event names its id, code, name and
 * territory, and forgetting a suspension would let items of a suspended committee through (001 四). Events of one
 * committee arrive in order (key = code); a change older than the one recorded is skipped.
 */
@Service
class CommitteeReadModel {

    private static final Logger log = LoggerFactory.getLogger(CommitteeReadModel.class);

    private final CommitteeRepository committees;

    CommitteeReadModel(CommitteeRepository committees) {
        this.committees = committees;
    }

    @Transactional
    void registered(CommitteeRegisteredData committee, Instant at) {
        committees.register(committee, at);
        int linked = committees.linkItems(committee.committeeId());
        log.info("Committee {} ({}) registered; linked {} plan item(s)", committee.code(), committee.committeeId(),
                linked);
    }

    @Transactional
    void rightsChanged(CommitteeRightsChangedData committee, CommitteeStatus status, Instant at) {
        if (!committees.changeRights(committee, status, at)) {
            log.info("Committee {} ({}): {} of {} skipped, a later change is recorded", committee.code(),
                    committee.committeeId(), status, at);
            return;
        }
        int linked = committees.linkItems(committee.committeeId());
        log.info("Committee {} ({}) is {} as of {}; linked {} plan item(s)", committee.code(),
                committee.committeeId(), status, at, linked);
    }
}

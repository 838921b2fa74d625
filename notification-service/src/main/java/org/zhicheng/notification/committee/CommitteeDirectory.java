package org.zhicheng.notification.committee;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.starter.feign.RemoteCalls;
import org.zhicheng.starter.feign.RemoteProblemException;

/**
 * Finds committees: in the read model the committee events keep, else in committee-service's public register (a
 * committee registered before this service listened, or whose event is still on its way), which is then remembered
 * as of its registration so later events still apply. A committee-service that is down answers 503
 * {@code unavailable}: a publicity is not opened for a committee nobody can vouch for.
 */
@Service
public class CommitteeDirectory {

    private static final Logger log = LoggerFactory.getLogger(CommitteeDirectory.class);

    private final CommitteeRepository committees;
    private final CommitteeClient client;

    CommitteeDirectory(CommitteeRepository committees, CommitteeClient client) {
        this.committees = committees;
        this.client = client;
    }

    /** The committee with this code, empty when neither the read model nor the register knows it. */
    @Transactional
    public Optional<KnownCommittee> find(String code) {
        Optional<KnownCommittee> known = committees.find(code);
        if (known.isPresent()) {
            return known;
        }
        try {
            CommitteeClient.RegisteredCommittee registered = RemoteCalls.call("committee",
                    () -> client.committee(code));
            KnownCommittee committee = new KnownCommittee(registered.code(), registered.id(), registered.name(),
                    registered.territory(), registered.kind(), registered.officeUnit(),
                    !"SUSPENDED".equals(registered.status()));
            // as of its registration: any event after that (a suspension) still applies
            committees.upsert(committee, registered.registeredAt() == null ? Instant.EPOCH
                    : registered.registeredAt());
            log.info("Committee {} learnt from committee-service's register", code);
            return Optional.of(committee);
        } catch (RemoteProblemException notThere) {
            if (notThere.status() == 404) {
                return Optional.empty();
            }
            throw notThere;
        }
    }

    /** The code of the committee with committee-service's id, if known. */
    @Transactional(readOnly = true)
    public Optional<String> codeOf(UUID committeeId) {
        return committees.codeOf(committeeId);
    }

    /** A registration, suspension or reinstatement, applied unless a later change is recorded. */
    @Transactional
    public void changed(KnownCommittee committee, Instant at) {
        if (!committees.upsert(committee, at)) {
            log.info("Committee {}: change of {} skipped, a later one is recorded", committee.code(), at);
        }
    }
}

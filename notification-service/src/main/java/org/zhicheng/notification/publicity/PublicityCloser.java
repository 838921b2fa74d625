package org.zhicheng.notification.publicity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.notification.publicity.domain.Publicity;
import org.zhicheng.notification.publicity.domain.PublicityRules;

/**
 * Closes publicities by themselves at the end of their last working day (Asia/Shanghai): every
 * {@code zhicheng.notification.publicity.close-interval} (one minute by default) it takes the open publicities whose
 * period is over and, each in its own transaction under the publicity's lock, closes it, or holds it while objections
 * are unanswered (001 五(二)). Running ones whose end was provisional get the end today's calendar gives. Several
 * instances may run it: the lock and the domain's checks make a second pass a no-op.
 */
@Component
class PublicityCloser {

    static final String ACTOR = "publicity-closer";
    private static final Logger log = LoggerFactory.getLogger(PublicityCloser.class);
    private static final int BATCH = 200;

    private final Publicities publicities;
    private final PublicityRepository repository;
    private final ObjectionTallies tallies;
    private final PublicityRules rules;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PublicityCloser(Publicities publicities, PublicityRepository repository, ObjectionTallies tallies,
            PublicityRules rules, TransactionTemplate transaction, Clock clock) {
        this.publicities = publicities;
        this.repository = repository;
        this.tallies = tallies;
        this.rules = rules;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${zhicheng.notification.publicity.close-interval:1m}",
            initialDelayString = "${zhicheng.notification.publicity.close-interval:1m}")
    void scheduled() {
        closeDue();
    }

    /** One pass; answers how many publicities changed (closed, held or rescheduled). */
    int closeDue() {
        Instant now = clock.instant();
        List<UUID> candidates = repository.dueOrProvisional(now, BATCH);
        int changed = 0;
        for (UUID id : candidates) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> settle(id, now)))) {
                    changed++;
                }
            } catch (RuntimeException failed) {
                log.warn("Closing publicity {} failed; the next pass tries again", id, failed);
            }
        }
        if (changed > 0) {
            log.info("Publicity closer: {} of {} publicities changed", changed, candidates.size());
        }
        return changed;
    }

    /** Settles one publicity as of {@code now}, after the objections' answers; answers whether it changed. */
    boolean settle(UUID id, Instant now) {
        Publicity publicity = publicities.lock(id);
        boolean changed = publicity.reschedule(rules, ACTOR, now).isPresent();
        changed |= publicity.closeIfDue(tallies.tally(id), rules, ACTOR, now).isPresent();
        if (changed) {
            publicities.save(publicity, ACTOR);
        }
        return changed;
    }
}

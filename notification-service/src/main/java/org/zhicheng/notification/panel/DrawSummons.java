package org.zhicheng.notification.panel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.notification.committee.CommitteeClient;
import org.zhicheng.notification.committee.CommitteeClient.Summons;
import org.zhicheng.notification.committee.CommitteeClient.SummonedExpert;
import org.zhicheng.notification.inbox.Address;
import org.zhicheng.notification.inbox.Notice;
import org.zhicheng.notification.inbox.NoticeType;
import org.zhicheng.notification.inbox.Notices;
import org.zhicheng.notification.panel.SummonsRepository.Pending;
import org.zhicheng.starter.feign.RemoteCalls;
import org.zhicheng.starter.feign.RemoteProblemException;

/**
 * Queues a drawn round ({@link #queue}, in the {@code PanelDrawn} event's transaction) and tells its experts
 * ({@link #tellDue}, every {@code poll-interval}): committee-service is asked outside any transaction, then every
 * summons is written in one. A committee-service that is down or answers 5xx is asked again after a doubling backoff,
 * without end; a 404 or 403 (the draw is gone, this service may not read it) is given up and logged.
 */
@Component
@EnableConfigurationProperties(SummonsProperties.class)
public class DrawSummons {

    private static final Logger log = LoggerFactory.getLogger(DrawSummons.class);
    private static final int BATCH = 20;

    private final SummonsRepository repository;
    private final CommitteeClient committee;
    private final Notices notices;
    private final SummonsProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DrawSummons(SummonsRepository repository, CommitteeClient committee, Notices notices,
            SummonsProperties properties, TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.committee = committee;
        this.notices = notices;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Queues the round's experts to be told, once per round. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(UUID eventId, UUID meetingId, String committeeCode, UUID drawId, int round) {
        repository.enqueue(drawId, round, meetingId, committeeCode, eventId, clock.instant());
    }

    @Scheduled(fixedDelayString = "${zhicheng.notification.summons.poll-interval:2s}")
    void scheduled() {
        try {
            tellDue();
        } catch (RuntimeException ex) {
            log.warn("Summons pass failed: {}", ex.toString());
        }
    }

    /** One pass; answers how many rounds were told. */
    int tellDue() {
        Instant now = clock.instant();
        List<Pending> due = transaction.execute(status -> repository.claimDue(now, now.plus(properties.lease()),
                BATCH));
        int told = 0;
        for (Pending pending : due == null ? List.<Pending>of() : due) {
            if (tell(pending)) {
                told++;
            }
        }
        return told;
    }

    private boolean tell(Pending pending) {
        Summons summons;
        try {
            summons = RemoteCalls.call("committee",
                    () -> committee.summons(pending.meetingId(), pending.drawId(), pending.round()));
        } catch (RemoteProblemException refused) {
            if (refused.status() == 404 || refused.status() == 403) {
                repository.gaveUp(pending.drawId(), pending.round(), refused.status() + " " + refused.code(),
                        clock.instant());
                log.error("Summons of draw {} round {} given up: committee-service answered {} {}",
                        pending.drawId(), pending.round(), refused.status(), refused.code());
                return false;
            }
            return retry(pending, refused.status() + " " + refused.code());
        } catch (RuntimeException unavailable) {
            return retry(pending, unavailable.toString());
        }
        Integer told = transaction.execute(status -> {
            int sent = 0;
            for (SummonedExpert expert : summons.experts()) {
                if (notices.send(Address.person(expert.expertId()), notice(pending, summons, expert))) {
                    sent++;
                }
            }
            repository.done(pending.drawId(), pending.round(), summons.experts().size(), clock.instant());
            return sent;
        });
        log.info("Draw {} round {}: {} expert(s) summoned", pending.drawId(), pending.round(), told);
        return true;
    }

    private boolean retry(Pending pending, String error) {
        Instant next = clock.instant().plus(properties.backoff().after(pending.attempts()));
        repository.retryAt(pending.drawId(), pending.round(), error, next);
        log.warn("Summons of draw {} round {} not fetched (attempt {}), next at {}: {}", pending.drawId(),
                pending.round(), pending.attempts(), next, error);
        return false;
    }

    private static Notice notice(Pending pending, Summons summons, SummonedExpert expert) {
        return Notice.of(NoticeType.PANEL_SUMMONS, "draw:" + pending.drawId() + ":" + pending.round())
                .with("expertName", expert.name()).with("committeeName", summons.committeeName())
                .with("meetingTitle", summons.meetingTitle()).with("meetingDate", summons.meetingDate())
                .with("venue", summons.venue()).with("role", expert.role()).with("round", pending.round())
                .causedBy(pending.sourceEventId()).link("meeting", summons.meetingId())
                .contactHint(expert.email(), expert.phone())
                .build();
    }
}

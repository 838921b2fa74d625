package org.zhicheng.application.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.starter.feign.RemoteCalls;
import org.zhicheng.starter.feign.RemoteProblemException;

/**
 * The published plan items applications are made against. The read model answers; for an item it has not seen (its
 * {@code PlanPublished} not yet consumed, or published before this service existed) plan-service is asked once and
 * the answer kept. Events keep the model current: a moved deadline, a closed plan.
 */
@Service
public class PlanItems {

    private static final Logger log = LoggerFactory.getLogger(PlanItems.class);

    private final PlanItemRepository items;
    private final PlanClient plan;
    private final Clock clock;

    PlanItems(PlanItemRepository items, PlanClient plan, Clock clock) {
        this.items = items;
        this.plan = plan;
        this.clock = clock;
    }

    /**
     * The published item, from the read model or else from plan-service; empty when plan-service does not know it
     * as published. Call outside a transaction: it may wait for plan-service (503 {@code unavailable} when down).
     */
    public Optional<PlanItem> find(UUID itemId) {
        Optional<PlanItem> known = items.find(itemId);
        if (known.isPresent() && known.get().committeeCode() != null) {
            return known;
        }
        if (known.isPresent()) {
            // plan-service links an item to a committee registered after the plan was published, without an event:
            // its read answers the link (best effort: the known item stands when plan-service cannot be asked)
            try {
                return Optional.of(refresh(itemId));
            } catch (RuntimeException unavailable) {
                return known;
            }
        }
        return fetch(itemId);
    }

    private PlanItem refresh(UUID itemId) {
        PlanItem fetched = fromApi(RemoteCalls.call("plan", () -> plan.item(itemId)));
        items.upsert(fetched, "FETCHED", clock.instant());
        return items.find(itemId).orElse(fetched);
    }

    private Optional<PlanItem> fetch(UUID itemId) {
        PlanClient.PublishedItem fetched;
        try {
            fetched = RemoteCalls.call("plan", () -> plan.item(itemId));
        } catch (RemoteProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
        PlanItem item = fromApi(fetched);
        items.upsert(item, "FETCHED", clock.instant());
        log.info("Plan item {} was not in the read model: fetched from plan-service", itemId);
        return items.find(itemId);
    }

    /** The item as the read model holds it, for code already in a transaction (no remote call). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<PlanItem> known(UUID itemId) {
        return items.find(itemId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void published(PlanEventData.Published plan) {
        PlanEventData.Dates dates = plan.dates() == null
                ? new PlanEventData.Dates(null, null, null, null, null) : plan.dates();
        for (PlanEventData.Item item : plan.items()) {
            String from = item.applicationDeadline() != null
                    && item.applicationDeadline().equals(dates.individualApplication()) ? "PLAN" : "ITEM";
            items.upsert(new PlanItem(item.itemId(), plan.planId(), plan.title(), plan.year(), plan.region(),
                    plan.category(), item.committeeId(), item.committeeCode(), item.committeeName(),
                    item.evaluatedTitles(), item.recommendedTitles(), item.specialties(), item.acceptanceScope(),
                    item.acceptanceScopeByLevel(), item.exclusions(), item.applicationDeadline(), from,
                    dates.unitRecommendation(), dates.cityRecommendation(), dates.seniorityCutOff(),
                    dates.achievementsCutOff(), plan.publishedAt(), null), "EVENT", clock.instant());
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void deadlineChanged(PlanEventData.DeadlineChanged change) {
        Instant now = clock.instant();
        if (change.itemId() != null) {
            items.moveItemDeadline(change.itemId(), change.newDeadline(), now);
        } else if (change.stage() != null) {
            items.moveStage(change.planId(), change.stage(), change.newDeadline(), now);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void closed(PlanEventData.Closed plan) {
        items.close(plan.planId(), Objects.requireNonNullElse(plan.closedAt(), clock.instant()));
    }

    private static PlanItem fromApi(PlanClient.PublishedItem item) {
        PlanClient.Dates dates = item.dates() == null ? new PlanClient.Dates(null, null, null, null, null)
                : item.dates();
        boolean ownDeadline = item.applicationDeadline() != null;
        Instant published = item.publishedAt() != null ? item.publishedAt()
                : item.publishedOn() != null ? item.publishedOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                : Instant.EPOCH;
        Instant closed = item.closedAt() != null ? item.closedAt()
                : "CLOSED".equals(item.planStatus()) ? published : null;
        return new PlanItem(item.itemId(), item.planId(), item.planTitle(), item.year(), item.region(),
                item.category(), item.committeeId(), item.committeeCode(), item.committeeName(),
                item.evaluatedTitles(), item.recommendedTitles(), item.specialties(), item.acceptanceScope(),
                item.acceptanceScopeByLevel(), item.exclusions(), item.effectiveDeadline(),
                ownDeadline ? "ITEM" : "PLAN", dates.unitRecommendation(), dates.cityRecommendation(),
                dates.seniorityCutOff(), dates.achievementsCutOff(), published, closed);
    }
}

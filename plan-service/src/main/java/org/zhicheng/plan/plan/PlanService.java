package org.zhicheng.plan.plan;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.plan.plan.PlanCommands.AmendPlan;
import org.zhicheng.plan.plan.PlanCommands.ChangeDeadline;
import org.zhicheng.plan.plan.PlanCommands.CreatePlan;
import org.zhicheng.plan.plan.domain.CatalogCodes;
import org.zhicheng.plan.plan.domain.EvaluationPlan;
import org.zhicheng.plan.plan.domain.PlanAction;
import org.zhicheng.plan.plan.domain.PlanEvent;
import org.zhicheng.plan.plan.domain.PlanItemInput;
import org.zhicheng.plan.plan.domain.PlanRules;
import org.zhicheng.plan.plan.domain.PlanTransition;
import org.zhicheng.plan.plan.persistence.PlanRepository;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.ETags;

/**
 * The plan's write use cases. Each runs in one transaction: the plan row, its history rows and its events (through
 * the outbox) are saved together or not at all.
 */
@Service
public class PlanService {

    /** The plan service's topic; an explicit name, part of the event contract. */
    public static final String TOPIC = "zhicheng.plan.events";

    private final PlanRepository plans;
    private final CatalogCodes catalog;
    private final PlanRules rules;
    private final PlanAccess access;
    private final Outbox outbox;
    private final Clock clock;

    PlanService(PlanRepository plans, CatalogCodes catalog, PlanAccess access, Outbox outbox, Clock clock,
            PlanProperties properties) {
        this.plans = plans;
        this.catalog = catalog;
        this.rules = new PlanRules(catalog, properties.rules().settings());
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Drafts a plan: the office or HR bureau must cover the region; items are linked to their registered committees
     * (which an office must hold), read against the plan's year and checked by every rule before anything is stored.
     */
    @Transactional
    public EvaluationPlan create(CreatePlan command, ZhichengPrincipal user) {
        access.requireDrafter(user, command.region());
        List<PlanItemInput> items = access.linkCommittees(user, command.region(), command.items());
        EvaluationPlan plan = PlanProblems.translating(() -> EvaluationPlan.draft(UUID.randomUUID(), command.year(),
                command.region(), command.category(), command.title(), command.dates(), command.authorityHolder(),
                PlanItemInput.toItems(items, command.year()), rules, user.username(), clock.instant()));
        plans.insert(plan);
        saveRecorded(plan, user);
        return plan;
    }

    @Transactional
    public EvaluationPlan amend(UUID id, String ifMatch, AmendPlan command, ZhichengPrincipal user) {
        EvaluationPlan plan = load(id);
        access.requireDrafter(user, plan.region());
        ETags.check(ifMatch, plan.version());
        List<PlanItemInput> items = access.linkCommittees(user, plan.region(), command.items());
        PlanProblems.translating(() -> plan.amend(command.title(), command.dates(), command.authorityHolder(),
                PlanItemInput.toItems(items, plan.year()), rules, user.username(), command.reason(),
                clock.instant()));
        plans.update(plan, true);
        saveRecorded(plan, user);
        return plan;
    }

    /** Submit, approve, return, publish or close; {@code reason} is optional except for a return. */
    @Transactional
    public EvaluationPlan transition(UUID id, PlanAction action, String reason, String ifMatch,
            ZhichengPrincipal user) {
        EvaluationPlan plan = load(id);
        if (action == PlanAction.SUBMIT) {
            access.requireDrafter(user, plan.region());
        } else {
            access.requireReviewer(user, plan.region());
        }
        ETags.check(ifMatch, plan.version());
        Map<UUID, String> committeeCodes =
                action == PlanAction.SUBMIT || action == PlanAction.APPROVE || action == PlanAction.PUBLISH
                        ? access.requireNoSuspendedCommittee(plan)
                        : Map.of();
        String actor = user.username();
        PlanProblems.translating(() -> switch (action) {
            case SUBMIT -> plan.submit(actor, reason, clock.instant());
            case APPROVE -> plan.approve(actor, reason, clock.instant());
            case RETURN -> plan.returnForAmendment(actor, reason, clock.instant());
            case PUBLISH -> plan.publish(actor, reason, clock.instant(), catalog.titleNames(plan.titleCodes()),
                    committeeCodes);
            case CLOSE -> plan.close(actor, reason, clock.instant());
            case CREATE, AMEND, CHANGE_DEADLINE -> throw new IllegalArgumentException(action + " is not a transition");
        });
        plans.update(plan, false);
        saveRecorded(plan, user);
        return plan;
    }

    /**
     * Special approval of a deadline change after publication (000 三(三)): only the HR bureau covering the plan's
     * region; the item must belong to the plan; emits {@code PlanDeadlineChanged}.
     */
    @Transactional
    public EvaluationPlan changeDeadline(UUID id, String ifMatch, ChangeDeadline command, ZhichengPrincipal user) {
        EvaluationPlan plan = load(id);
        access.requireReviewer(user, plan.region());
        ETags.check(ifMatch, plan.version());
        if (command.itemId() != null
                && plan.items().stream().noneMatch(item -> item.id().equals(command.itemId()))) {
            throw Problems.notFound("plan-item", command.itemId());
        }
        PlanProblems.translating(() -> plan.changeDeadline(command.itemId(), command.stage(), command.newDeadline(),
                command.approvalReference(), rules, user.username(), command.reason(), clock.instant()));
        plans.update(plan, true);
        saveRecorded(plan, user);
        return plan;
    }

    private EvaluationPlan load(UUID id) {
        return plans.findById(id).orElseThrow(() -> Problems.notFound("plan", id));
    }

    /** History rows name the user; events name the token subject as their actor, as the envelope documents. */
    private void saveRecorded(EvaluationPlan plan, ZhichengPrincipal user) {
        List<PlanTransition> recorded = plan.takeRecorded();
        plans.appendHistory(plan.id(), recorded);
        for (PlanTransition transition : recorded) {
            for (PlanEvent event : transition.events()) {
                outbox.append(TOPIC, event.type(), event.version(), event.planId().toString(), user.subject(),
                        event);
            }
        }
    }
}

package org.zhicheng.application.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.application.application.Actor;
import org.zhicheng.application.application.Application;
import org.zhicheng.application.application.ApplicationAccess;
import org.zhicheng.application.application.ApplicationRepository;
import org.zhicheng.application.application.ComplianceStatus;
import org.zhicheng.application.certificate.Certificates;
import org.zhicheng.application.integrity.Integrity;
import org.zhicheng.application.plan.PlanItem;
import org.zhicheng.application.plan.PlanItems;
import org.zhicheng.starter.problem.ConflictRefused;
import org.zhicheng.starter.problem.RuleRefused;
import org.zhicheng.starter.problem.WrongStateRefused;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * The desks' steps on one application: the unit's review (opening its publicity) and recommendation, the
 * department's recommendation, the office's acceptance and qualification review, and at every desk the send-back,
 * the rejection and the fraud veto. Each step locks the application's row, is checked by {@link Workflow} and, where
 * a notice sets one, against its rule (the staged deadlines, 003 四(二); continuing education before the qualification
 * review completes, 002 二(二); exclusion from recommendation, 002 三(一)).
 */
@Service
public class DeskSteps {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ApplicationRepository applications;
    private final PlanItems planItems;
    private final PublicityOpener publicities;
    private final PublicityLinks links;
    private final Integrity integrity;
    private final Certificates certificates;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeskSteps(ApplicationRepository applications, PlanItems planItems, PublicityOpener publicities,
            PublicityLinks links, Integrity integrity, Certificates certificates, TransactionTemplate transaction,
            Clock clock) {
        this.applications = applications;
        this.planItems = planItems;
        this.publicities = publicities;
        this.links = links;
        this.integrity = integrity;
        this.certificates = certificates;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * The unit's review passed: the unit publicity opens in notification-service (at least 5 working days, 002 一(二))
     * and the application waits for it to close. The publicity is opened first (idempotent: a retry after a failure
     * here answers the same one), then the step is recorded.
     */
    public Application unitApprove(ZhichengPrincipal user, UUID id, Integer workingDays, String text, String reason) {
        Application loaded = find(id);
        ApplicationAccess.requireHolder(user, loaded);
        requireState(loaded, Step.UNIT_APPROVE);
        int round = loaded.unitPublicityRound() + 1;
        NotificationClient.Opened opened = publicities.unit(loaded, round, workingDays, text, user.actor());
        return transaction.execute(status -> {
            Application a = lock(id);
            Actor actor = ApplicationAccess.requireHolder(user, a);
            if (a.version() != loaded.version()) {
                throw new ConflictRefused("concurrent-update", id);
            }
            Instant now = clock.instant();
            LocalDate endsOn = opened.period() == null ? null : opened.period().endsOn();
            a.move(Step.UNIT_APPROVE, ApplicationState.UNIT_PUBLICITY, actor, reason, now,
                    Map.of("publicityId", opened.id(), "round", round));
            a.inPublicity(opened.id(), endsOn, true);
            links.insert(new PublicityLinks.Link(opened.id(), "UNIT", "APPLICATION",
                    round <= 1 ? id.toString() : id + "/" + round, null, a.unit(), List.of(id), endsOn, "RUNNING",
                    null), user.actor(), now);
            applications.save(a, false);
            return a;
        });
    }

    /** The unit recommends after its publicity (单位推荐, by the plan's unit deadline, 003 四(二)). */
    public Application unitRecommend(ZhichengPrincipal user, UUID id, String reason) {
        return step(user, id, Step.UNIT_RECOMMEND, reason, (a, item, today) -> {
            stageDeadline(item.unitDeadline(), today, "UNIT_RECOMMENDATION");
            notExcluded(a, item);
            return a.afterUnitRecommendation();
        });
    }

    /** The competent department recommends upward (by the plan's city-level deadline, 003 四(二)). */
    public Application departmentRecommend(ZhichengPrincipal user, UUID id, String reason) {
        return step(user, id, Step.DEPARTMENT_RECOMMEND, reason, (a, item, today) -> {
            stageDeadline(item.cityDeadline(), today, "CITY_RECOMMENDATION");
            notExcluded(a, item);
            return ApplicationState.ACCEPTANCE;
        });
    }

    /** The office receives it (受理); committee-service hears of it ({@code ApplicationAccepted}). */
    public Application accept(ZhichengPrincipal user, UUID id, String reason) {
        return step(user, id, Step.ACCEPT, reason, (a, item, today) -> ApplicationState.QUALIFICATION_REVIEW);
    }

    /**
     * The qualification review passed (资格审查, 002 一(三)): only with continuing education answered compliant; while
     * education-service has not answered it waits (409 {@code application.compliance-pending}).
     */
    public Application qualify(ZhichengPrincipal user, UUID id, String reason) {
        return step(user, id, Step.QUALIFY, reason, (a, item, today) -> {
            if (a.compliance() == ComplianceStatus.PENDING || a.compliance() == null) {
                throw new ConflictRefused("application.compliance-pending", a.id());
            }
            if (a.compliance() == ComplianceStatus.NON_COMPLIANT) {
                throw new RuleRefused("eligibility.continuing-education", "002-二(二)");
            }
            return ApplicationState.QUALIFIED;
        });
    }

    /** Sent back to the applicant for amendment, with the reason; the resubmission comes back to this desk. */
    public Application sendBack(ZhichengPrincipal user, UUID id, String reason) {
        return step(user, id, Step.RETURN, reason, (a, item, today) -> ApplicationState.RETURNED);
    }

    public Application reject(ZhichengPrincipal user, UUID id, String reason) {
        return step(user, id, Step.REJECT, reason, (a, item, today) -> ApplicationState.REJECTED);
    }

    /**
     * Fraud found (一票否决, 002 三(一)): by any desk with the application in scope, at any step, even after
     * certification; the integrity archive records it with a ban, and a certificate is revoked.
     */
    public Application veto(ZhichengPrincipal user, UUID id, String reason) {
        return transaction.execute(status -> {
            Application a = lock(id);
            Actor actor = ApplicationAccess.requireStaff(user, a);
            boolean certified = a.state() == ApplicationState.CERTIFIED;
            a.move(Step.VETO, ApplicationState.VETOED, actor, reason, clock.instant(), Map.of());
            integrity.veto(a.person(), a.fixed().region(), a.unit(), a.id(), reason, actor.name());
            if (certified) {
                certificates.revoke(a, reason, actor.name());
            }
            applications.save(a, false);
            return a;
        });
    }

    @FunctionalInterface
    private interface Target {
        ApplicationState of(Application a, PlanItem item, LocalDate today);
    }

    private Application step(ZhichengPrincipal user, UUID id, Step step, String reason, Target target) {
        return transaction.execute(status -> {
            Application a = lock(id);
            Actor actor = ApplicationAccess.requireHolder(user, a);
            requireState(a, step);
            PlanItem item = planItems.known(a.fixed().planItemId()).orElseThrow();
            Instant now = clock.instant();
            ApplicationState to = target.of(a, item, LocalDate.ofInstant(now, ZONE));
            a.move(step, to, actor, reason, now, Map.of());
            applications.save(a, false);
            return a;
        });
    }

    private void stageDeadline(LocalDate deadline, LocalDate today, String stage) {
        if (deadline != null && today.isAfter(deadline)) {
            throw new RuleRefused("application.stage-deadline-passed", "003-四(二)", stage, deadline);
        }
    }

    private void notExcluded(Application a, PlanItem item) {
        integrity.standing(a.person()).exclusionIn(item.year()).ifPresent(exclusion -> {
            throw new RuleRefused("eligibility.recommendation-excluded", "002-三(一)", item.year(),
                    exclusion.recordedBy());
        });
    }

    private static void requireState(Application a, Step step) {
        if (!step.from().contains(a.state())) {
            throw new WrongStateRefused(Workflow.RESOURCE, a.state(), step.name(), null);
        }
    }

    private Application find(UUID id) {
        return applications.find(id).orElseThrow(() -> ApplicationAccess.notFound(id));
    }

    private Application lock(UUID id) {
        return applications.lock(id).orElseThrow(() -> ApplicationAccess.notFound(id));
    }
}

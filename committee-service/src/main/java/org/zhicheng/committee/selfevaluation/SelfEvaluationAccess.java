package org.zhicheng.committee.selfevaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.zhicheng.committee.committee.CommitteeScope;
import org.zhicheng.committee.committee.Committees;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.committee.domain.CommitteeKind;
import org.zhicheng.committee.selfevaluation.domain.OnlySelfEvaluatingUnitsFile;
import org.zhicheng.committee.selfevaluation.domain.SelfEvaluationRefused;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Who may act on a committee's self-evaluation records, checked in this order: the role (403
 * {@code self-evaluation.role-required}), the committee (404 {@code committee.not-found}), the scope (403
 * {@code committee.out-of-scope}: the committee's own office; for reading also the HR bureau covering its territory).
 * Also today's business date and the translation of domain refusals into problems.
 */
@Component
class SelfEvaluationAccess {

    static final String RESOURCE = "self-evaluation";

    private final Committees committees;
    private final CommitteeScope scope;
    private final SelfEvaluationProperties properties;
    private final Clock clock;

    SelfEvaluationAccess(Committees committees, CommitteeScope scope, SelfEvaluationProperties properties,
            Clock clock) {
        this.committees = committees;
        this.scope = scope;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The committee, locked until the caller's transaction ends, for its office to file for; 422
     * {@code self-evaluation.not-self-evaluating} unless it holds self-evaluation rights.
     */
    Committee forOffice(String code, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, RESOURCE, Roles.COMMITTEE_OFFICE);
        Committee committee = committees.lock(code);
        scope.requireOffice(user, committee);
        refusing(() -> {
            OnlySelfEvaluatingUnitsFile.check(code, committee.profile().kind().name(), selfEvaluating(committee));
            return null;
        });
        return committee;
    }

    /** The committee, for its office or the HR bureau covering its territory to read. */
    Committee forReader(String code, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, RESOURCE, Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU);
        Committee committee = committees.require(code);
        scope.requireOfficeOrHr(user, committee);
        return committee;
    }

    static boolean selfEvaluating(Committee committee) {
        return committee.profile().kind() == CommitteeKind.SELF_EVALUATING;
    }

    /** Today in the zone business dates are reckoned in (Asia/Shanghai). */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.zone());
    }

    LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, properties.zone());
    }

    Instant now() {
        return clock.instant();
    }

    /** Runs a domain step, answering its refusal as 422 with the code and the rule. */
    static <T> T refusing(Supplier<T> step) {
        try {
            return step.get();
        } catch (SelfEvaluationRefused refused) {
            throw Problems.ruleViolated(refused.code(), refused.rule(), refused.arguments().toArray());
        }
    }
}

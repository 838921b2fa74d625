package org.zhicheng.plan.plan;

import java.util.List;
import java.util.function.Supplier;

import org.zhicheng.plan.plan.domain.PlanInputRejected;
import org.zhicheng.plan.plan.domain.PlanRuleViolation;
import org.zhicheng.plan.plan.domain.WrongPlanStateException;
import org.zhicheng.starter.problem.FieldProblem;
import org.zhicheng.starter.problem.Problems;

/**
 * Turns the domain's refusals into problem details: wrong state → 409, broken rule → 422, unreadable field (a time
 * like "13 月") → 400 naming the field.
 */
final class PlanProblems {

    private PlanProblems() {
    }

    static <T> T translating(Supplier<T> domainCall) {
        try {
            return domainCall.get();
        } catch (WrongPlanStateException refused) {
            // the same stable code whether or not a rule stands behind the refusal; the rule, if any, is named
            throw Problems.wrongState("plan", refused.current(), refused.attempted().name().toLowerCase(),
                    refused.rule());
        } catch (PlanRuleViolation violation) {
            throw Problems.ruleViolated(violation.code(), violation.rule(), violation.arguments().toArray());
        } catch (PlanInputRejected rejected) {
            Object[] arguments = rejected.arguments().toArray();
            throw Problems.badRequest(rejected.code(), arguments).withErrors(List.of(
                    new FieldProblem(rejected.field(), rejected.code(), rejected.getMessage())));
        }
    }
}

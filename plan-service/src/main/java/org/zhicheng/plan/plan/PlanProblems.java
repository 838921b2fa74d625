package org.zhicheng.plan.plan;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.zhicheng.plan.plan.domain.PlanRuleViolation;
import org.zhicheng.plan.plan.domain.WrongPlanStateException;
import org.zhicheng.starter.problem.ProblemException;
import org.zhicheng.starter.problem.Problems;

/** Turns the domain's refusals into problem details: wrong state → 409, broken rule → 422. */
final class PlanProblems {

    private PlanProblems() {
    }

    static <T> T translating(Supplier<T> domainCall) {
        try {
            return domainCall.get();
        } catch (WrongPlanStateException refused) {
            if (refused.rule() == null) {
                throw Problems.wrongState("plan", refused.current(), refused.attempted().name().toLowerCase());
            }
            // the same stable code, with the rule behind it named
            throw new ProblemException(HttpStatus.CONFLICT, "plan.wrong-state", "wrong-state", refused.rule(),
                    new Object[] { "plan", refused.current(), refused.attempted().name().toLowerCase() }, List.of());
        } catch (PlanRuleViolation violation) {
            throw Problems.ruleViolated(violation.code(), violation.rule(), violation.arguments().toArray());
        }
    }
}

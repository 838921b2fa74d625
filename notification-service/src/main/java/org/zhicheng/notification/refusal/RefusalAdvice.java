package org.zhicheng.notification.refusal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zhicheng.starter.problem.ProblemException;
import org.zhicheng.starter.problem.ProblemExceptionHandler;
import org.zhicheng.starter.problem.Problems;

/**
 * Answers the domains' refusals as problem details, rendered by the starter: a broken rule 422 with the rule, a
 * wrong state 409 {@code <resource>.wrong-state} (with the rule when one forbids it), any other conflict 409.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalAdvice {

    private final ProblemExceptionHandler problems;

    RefusalAdvice(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<Object> refused(Refusal refusal, HttpServletRequest request) {
        return problems.handleProblem(problem(refusal), request);
    }

    /** The problem a refusal is answered with. */
    public static ProblemException problem(Refusal refusal) {
        Object[] arguments = refusal.arguments().stream().map(RefusalAdvice::printable).toArray();
        return switch (refusal) {
            case RuleRefused rule -> Problems.ruleViolated(rule.code(), rule.rule(), arguments);
            case WrongStateRefused wrong -> Problems.wrongState(wrong.resource(), wrong.state(), wrong.action(),
                    wrong.rule());
            case ConflictRefused conflict when conflict.rule() != null -> new ProblemException(HttpStatus.CONFLICT,
                    conflict.code(), "conflict", conflict.rule(), arguments, List.of());
            case ConflictRefused conflict -> Problems.conflict(conflict.code(), arguments);
        };
    }

    /** Dates, ids and flags print as they read ({@code 2026-11-30}), not in a locale's format. */
    private static Object printable(Object argument) {
        return argument instanceof Number ? argument : String.valueOf(argument);
    }
}

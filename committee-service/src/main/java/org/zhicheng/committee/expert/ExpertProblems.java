package org.zhicheng.committee.expert;

import java.util.List;
import java.util.function.Supplier;

import org.zhicheng.committee.expert.domain.Refusal;
import org.zhicheng.starter.problem.FieldProblem;
import org.zhicheng.starter.problem.ProblemException;
import org.zhicheng.starter.problem.Problems;

/** Turns the expert domain's refusals into problem details: 400 with the field, 422 with the rule, 409. */
final class ExpertProblems {

    private ExpertProblems() {
    }

    static <T> T translating(Supplier<T> domainCall) {
        try {
            return domainCall.get();
        } catch (Refusal refusal) {
            throw problem(refusal);
        }
    }

    static void translating(Runnable domainCall) {
        translating(() -> {
            domainCall.run();
            return null;
        });
    }

    static ProblemException problem(Refusal refusal) {
        Object[] arguments = refusal.arguments().toArray();
        ProblemException problem = switch (refusal.kind()) {
            case BAD_INPUT -> Problems.badRequest(refusal.code(), arguments);
            case RULE -> Problems.ruleViolated(refusal.code(), refusal.rule(), arguments);
            case CONFLICT -> Problems.conflict(refusal.code(), arguments);
            case WRONG_STATE -> Problems.wrongState(refusal.code(), arguments[1], (String) arguments[2],
                    refusal.rule());
        };
        if (refusal.field() == null) {
            return problem;
        }
        return problem.withErrors(List.of(new FieldProblem(refusal.field(), problem.code(), refusal.getMessage())));
    }
}

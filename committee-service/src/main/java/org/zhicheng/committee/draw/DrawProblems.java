package org.zhicheng.committee.draw;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.zhicheng.committee.draw.domain.DrawRefused;
import org.zhicheng.committee.draw.domain.WrongDrawState;
import org.zhicheng.starter.problem.ProblemException;
import org.zhicheng.starter.problem.Problems;

/**
 * Turns the draw domain's refusals into problem details: 422 with the rule, 409 {@code draw.wrong-state}; and the
 * draw's own 404 for a round it does not have.
 */
final class DrawProblems {

    private DrawProblems() {
    }

    static <T> T translating(Supplier<T> domainCall) {
        try {
            return domainCall.get();
        } catch (DrawRefused refused) {
            throw Problems.ruleViolated(refused.code(), refused.rule(), refused.arguments().toArray());
        } catch (WrongDrawState refused) {
            throw Problems.wrongState("draw", refused.state(), refused.action());
        }
    }

    /** 404 {@code draw.round-not-found}: the draw has no round with this index. */
    static ProblemException roundNotFound(UUID drawId, int round) {
        return new ProblemException(HttpStatus.NOT_FOUND, "draw.round-not-found", "not-found", null,
                new Object[] { drawId, round }, List.of());
    }

    static void translating(Runnable domainCall) {
        translating(() -> {
            domainCall.run();
            return null;
        });
    }
}

package org.zhicheng.committee.draw;

import java.util.function.Supplier;

import org.zhicheng.committee.draw.domain.DrawRefused;
import org.zhicheng.committee.draw.domain.WrongDrawState;
import org.zhicheng.starter.problem.Problems;

/** Turns the draw domain's refusals into problem details: 422 with the rule, 409 {@code draw.wrong-state}. */
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

    static void translating(Runnable domainCall) {
        translating(() -> {
            domainCall.run();
            return null;
        });
    }
}

package org.zhicheng.committee.meeting;

import java.util.function.Supplier;

import org.zhicheng.starter.problem.Refusal;
import org.zhicheng.starter.problem.ProblemException;

/**
 * Turns the meeting and ballot domains' refusals (the starter's {@link Refusal}) into problem details where a use case
 * needs the problem itself (the draw and ballot features wrap domain calls): a broken rule 422 with the rule, a wrong
 * state 409 {@code <resource>.wrong-state} (with the rule when one forbids it), any other conflict 409.
 */
public final class MeetingProblems {

    private MeetingProblems() {
    }

    public static <T> T translating(Supplier<T> domainCall) {
        try {
            return domainCall.get();
        } catch (Refusal refusal) {
            throw problem(refusal);
        }
    }

    public static void translating(Runnable domainCall) {
        translating(() -> {
            domainCall.run();
            return null;
        });
    }

    /** The problem a refusal is answered with ({@link Refusal#problem()}). */
    public static ProblemException problem(Refusal refusal) {
        return refusal.problem();
    }
}

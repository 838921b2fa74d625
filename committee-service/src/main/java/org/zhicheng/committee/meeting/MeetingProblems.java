package org.zhicheng.committee.meeting;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;

import org.zhicheng.committee.meeting.domain.ConflictRefused;
import org.zhicheng.committee.meeting.domain.Refusal;
import org.zhicheng.committee.meeting.domain.RuleRefused;
import org.zhicheng.committee.meeting.domain.WrongStateRefused;
import org.zhicheng.starter.problem.ProblemException;
import org.zhicheng.starter.problem.Problems;

/**
 * Turns the meeting and ballot domains' refusals into problem details: a broken rule 422 with the rule, a wrong state
 * 409 {@code <resource>.wrong-state} (with the rule when one forbids it), any other conflict 409 (with its rule, if
 * any).
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

    public static ProblemException problem(Refusal refusal) {
        Object[] arguments = refusal.arguments().stream().map(MeetingProblems::printable).toArray();
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

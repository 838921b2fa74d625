package org.zhicheng.application.workflow;

import java.util.Objects;

import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.problem.WrongStateRefused;

/**
 * The one place a move of an application is checked against the transition table ({@link Step}): the step must
 * start from the current state and lead to one of its states, with a reason where the step needs one. A refused move
 * changes nothing.
 */
public final class Workflow {

    public static final String RESOURCE = "application";

    private Workflow() {
    }

    /**
     * @throws WrongStateRefused 409 {@code application.wrong-state} when {@code step} does not start from
     *                           {@code current}
     * @throws IllegalStateException when the code asks for a target the table does not allow (a bug, not input)
     */
    public static void check(Step step, ApplicationState current, ApplicationState target, String reason) {
        Objects.requireNonNull(step, "step");
        if (current == null ? !step.from().isEmpty() : !step.from().contains(current)) {
            throw new WrongStateRefused(RESOURCE, current == null ? ApplicationState.DRAFT : current,
                    step.name(), null);
        }
        if (!step.to().contains(target)) {
            throw new IllegalStateException(step + " cannot lead to " + target);
        }
        if (step.needsReason() && (reason == null || reason.isBlank())) {
            throw Problems.badRequest("application.reason-required", step.name());
        }
    }
}

package org.zhicheng.starter.problem;

import java.util.Objects;

/**
 * The current state does not allow the action (answered 409 {@code <resource>.wrong-state}); {@code rule} names the
 * notice when a rule, not only the lifecycle, forbids it (an objection against a closed publicity, 001 五(二)).
 * Message arguments: resource, state, action.
 */
public final class WrongStateRefused extends Refusal {

    private final String resource;
    private final String state;
    private final String action;

    public WrongStateRefused(String resource, Enum<?> state, String action, String rule) {
        super(Objects.requireNonNull(resource, "resource") + ".wrong-state", rule, resource, state.name(), action);
        this.resource = resource;
        this.state = state.name();
        this.action = Objects.requireNonNull(action, "action");
    }

    public String resource() {
        return resource;
    }

    public String state() {
        return state;
    }

    public String action() {
        return action;
    }
}

package org.zhicheng.committee.draw.domain;

/**
 * A step the draw's current state does not allow (confirming someone not on the panel, a top-up while no seat is
 * vacant, drawing twice); nothing changed. The web layer answers 409 {@code draw.wrong-state} with state and action.
 */
public class WrongDrawState extends RuntimeException {

    private final String state;
    private final String action;

    public WrongDrawState(String state, String action) {
        super("cannot " + action + ": " + state);
        this.state = state;
        this.action = action;
    }

    /** The state that refuses the action, e.g. {@code COMMITTED} or {@code NOT_ON_PANEL}. */
    public String state() {
        return state;
    }

    /** The refused action, e.g. {@code confirm}. */
    public String action() {
        return action;
    }
}

package org.zhicheng.plan.plan.domain;

/** An action the plan's current state does not allow; the web layer answers 409 {@code plan.wrong-state}. */
public class WrongPlanStateException extends RuntimeException {

    private final PlanStatus current;
    private final PlanAction attempted;
    private final String rule;

    public WrongPlanStateException(PlanStatus current, PlanAction attempted) {
        this(current, attempted, null);
    }

    public WrongPlanStateException(PlanStatus current, PlanAction attempted, String rule) {
        super("cannot " + attempted + " a plan in state " + current);
        this.current = current;
        this.attempted = attempted;
        this.rule = rule;
    }

    public PlanStatus current() {
        return current;
    }

    public PlanAction attempted() {
        return attempted;
    }

    /** The notice rule behind the refusal, if a rule rather than the lifecycle refuses it. */
    public String rule() {
        return rule;
    }
}

package org.zhicheng.committee.committee.domain;

/** A transition the committee's current state does not allow (suspend a suspended committee, …). */
public class WrongCommitteeState extends RuntimeException {

    /** 001 四: evaluation rights are suspended and reinstated by the HR bureau. */
    public static final String RULE = "001-四";

    private final CommitteeStatus current;
    private final RightsAction attempted;

    public WrongCommitteeState(CommitteeStatus current, RightsAction attempted) {
        super("committee is " + current + ": cannot " + attempted);
        this.current = current;
        this.attempted = attempted;
    }

    public CommitteeStatus current() {
        return current;
    }

    public RightsAction attempted() {
        return attempted;
    }
}

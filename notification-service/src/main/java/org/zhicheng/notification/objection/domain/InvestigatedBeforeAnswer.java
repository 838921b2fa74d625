package org.zhicheng.notification.objection.domain;

import org.zhicheng.starter.problem.ConflictRefused;

/**
 * An objection is investigated before it is answered (001 五(二): 应认真调查核实，及时作出处理): upheld or not upheld
 * only with at least one investigation note; "outside the scope" may be answered at once.
 */
public final class InvestigatedBeforeAnswer {

    public static final String RULE = "001-五(二)";
    public static final String CODE = "objection.not-investigated";

    /** @throws ConflictRefused {@code objection.not-investigated} ({@value #RULE}); argument: tracking number */
    void check(Objection objection, AnswerOutcome outcome) {
        if (outcome != AnswerOutcome.OUTSIDE_SCOPE && objection.notes().isEmpty()) {
            throw ConflictRefused.underRule(CODE, RULE, objection.trackingNumber());
        }
    }
}

package org.zhicheng.notification.publicity.domain;

import org.zhicheng.starter.problem.ConflictRefused;

/**
 * A publicity closes only when every objection raised during it has been investigated and answered (001 五(二): 对公示
 * 期间反映的问题，应认真调查核实，及时作出处理; 002 一(五): 经公示无异议后 …). Until then it stays open past its end date,
 * flagged as held.
 */
public final class ObjectionsAnsweredBeforeClose {

    public static final String RULE = "001-五(二)";
    public static final String CODE = "publicity.objections-open";

    /**
     * @throws ConflictRefused {@code publicity.objections-open} ({@value #RULE}); arguments: publicity, open count
     */
    void check(java.util.UUID publicity, ObjectionTally tally) {
        if (tally.open() > 0) {
            throw ConflictRefused.underRule(CODE, RULE, publicity, tally.open());
        }
    }

    boolean allows(ObjectionTally tally) {
        return tally.open() == 0;
    }
}

package org.zhicheng.notification.publicity.domain;

import java.time.Instant;

import org.zhicheng.starter.problem.RuleRefused;
import org.zhicheng.starter.problem.WrongStateRefused;

/**
 * Objections are raised during the publicity (001 五(二): 公示期间反映的问题): until the end of its last working day.
 * One raised later is refused, even while the publicity is still held open by earlier objections; one against a
 * closed publicity is refused as a wrong state.
 */
public final class ObjectionsDuringPublicityOnly {

    public static final String RULE = "001-五(二)";
    public static final String CODE = "objection.after-end-date";

    /**
     * @throws WrongStateRefused {@code publicity.wrong-state} ({@value #RULE}) when it is closed
     * @throws RuleRefused       {@code objection.after-end-date} ({@value #RULE}); arguments: publicity, end date
     */
    void check(Publicity publicity, Instant now) {
        if (publicity.status() == PublicityStatus.CLOSED) {
            throw new WrongStateRefused("publicity", publicity.status(), "object", RULE);
        }
        if (publicity.period().isOverAt(now)) {
            throw new RuleRefused(CODE, RULE, publicity.id(), publicity.period().endsOn());
        }
    }
}

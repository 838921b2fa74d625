package org.zhicheng.notification.publicity.domain;

import org.zhicheng.starter.problem.RuleRefused;

/**
 * A publicity runs its whole period: it cannot be closed before the end of its last working day (the kind's rule,
 * e.g. 002 一(二): 不少于5个工作日的公示).
 */
public final class NoEarlyClose {

    public static final String CODE = "publicity.closes-too-early";

    /**
     * @throws RuleRefused {@code publicity.closes-too-early} (the kind's rule); arguments: publicity, end date,
     *                     working days
     */
    void check(Publicity publicity, java.time.Instant now) {
        if (!publicity.period().isOverAt(now)) {
            throw new RuleRefused(CODE, publicity.kind().rule(), publicity.id(), publicity.period().endsOn(),
                    publicity.period().workingDays());
        }
    }
}

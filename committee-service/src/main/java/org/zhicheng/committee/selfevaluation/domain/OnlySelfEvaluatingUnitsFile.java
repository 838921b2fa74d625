package org.zhicheng.committee.selfevaluation.domain;

/** Only units with self-evaluation rights (committees of kind SELF_EVALUATING) file plans, schemes and reports. */
public final class OnlySelfEvaluatingUnitsFile {

    // 002 三(二), 001 五(三): the filings are the self-evaluating units' duty, not other committees'
    public static final String RULE = "002-三(二)";
    public static final String CODE = "self-evaluation.not-self-evaluating";

    private OnlySelfEvaluatingUnitsFile() {
    }

    /**
     * @throws SelfEvaluationRefused {@code self-evaluation.not-self-evaluating}; arguments: committee, its kind
     */
    public static void check(String committee, String kind, boolean selfEvaluating) {
        if (!selfEvaluating) {
            throw new SelfEvaluationRefused(CODE, RULE, committee, kind);
        }
    }
}

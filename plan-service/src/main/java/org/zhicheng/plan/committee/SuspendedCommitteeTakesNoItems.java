package org.zhicheng.plan.committee;

import java.util.List;

import org.zhicheng.starter.problem.FieldProblem;
import org.zhicheng.starter.problem.Problems;

/**
 * A committee whose evaluation rights are suspended (暂停评审权) evaluates nobody until they are reinstated, so no plan
 * may give it an item to evaluate.
 */
public final class SuspendedCommitteeTakesNoItems {

    // 001 四: evaluation rights of a committee can be suspended
    public static final String RULE = "001-四";
    public static final String CODE = "plan-item.committee-suspended";

    /**
     * @param index the item's index (from 0); the problem names item {@code index + 1} and the item's field
     * @param field {@code committeeId} when the item gave the id, {@code committeeName} when matched by name
     */
    public void check(KnownCommittee committee, int index, String field) {
        if (committee.suspended()) {
            throw Problems.ruleViolated(CODE, RULE, index + 1, committee.name(), committee.code())
                    .withErrors(List.of(new FieldProblem("items[" + index + "]." + field, CODE,
                            "the evaluation rights of committee " + committee.code() + " are suspended")));
        }
    }
}

package org.zhicheng.notification.publicity.domain;

/**
 * The three publicities of an application's way (002 一, 003 三, 001 五), each at least five working days.
 */
public enum PublicityKind {

    /** 单位公示: the unit publicises the reviewed archive and application (002 一(二), 003 三(二)). */
    UNIT("单位公示", "002-一(二)"),
    /** 评前公示: the committee office publicises who passed the qualification review (002 一(三)). */
    PRE_EVALUATION("评前公示", "002-一(三)"),
    /** 评后公示: the committee office publicises the evaluation results (002 一(五), 001 五(二)). */
    RESULT("评后公示", "002-一(五)");

    private final String label;
    private final String rule;

    PublicityKind(String label, String rule) {
        this.label = label;
        this.rule = rule;
    }

    /** The Chinese name the notices use. */
    public String label() {
        return label;
    }

    /** The notice clause that requires this publicity and its minimum length. */
    public String rule() {
        return rule;
    }

    /** Whether the committee office opens it (else the applicant's unit). */
    public boolean byCommitteeOffice() {
        return this != UNIT;
    }
}

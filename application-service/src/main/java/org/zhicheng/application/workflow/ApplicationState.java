package org.zhicheng.application.workflow;

/**
 * The states of an application (002 一, 003 三, 001 五) and the desk that holds each. Terminal states hold nobody.
 */
public enum ApplicationState {
    DRAFT(Desk.APPLICANT),
    /** the unit reviews the archive and the application (单位审核, 002 一(二)) */
    UNIT_REVIEW(Desk.UNIT),
    /** the unit publicity of at least 5 working days runs in notification-service (002 一(二), 003 三(二)) */
    UNIT_PUBLICITY(Desk.UNIT),
    /** the publicity closed: the unit records its opinion and recommends (单位推荐, 003 四(二) deadline) */
    UNIT_RECOMMENDATION(Desk.UNIT),
    /** the competent department recommends upward (主管部门推荐, 003 三(三)) */
    DEPARTMENT_REVIEW(Desk.DEPARTMENT),
    /** the committee office receives it (材料接收、受理) */
    ACCEPTANCE(Desk.OFFICE),
    /** the office checks it against the plan's conditions (资格审查, 002 一(三)) */
    QUALIFICATION_REVIEW(Desk.OFFICE),
    /** qualified, waiting for the office's pre-evaluation publicity */
    QUALIFIED(Desk.OFFICE),
    /** the pre-evaluation publicity of at least 5 working days runs (评前公示, 002 一(三)) */
    PRE_EVALUATION_PUBLICITY(Desk.OFFICE),
    /** waiting for a meeting of the committee (committee-service assigns it) */
    READY_FOR_EVALUATION(Desk.COMMITTEE),
    /** assigned to a filed meeting */
    SCHEDULED(Desk.COMMITTEE),
    /** the committee passed it (同意票 ≥ 2/3 of those present, 002 一(四)); the office runs the result publicity */
    PASSED(Desk.OFFICE),
    /** the result publicity of at least 5 working days runs (评后公示, 002 一(五), 001 五(二)) */
    RESULT_PUBLICITY(Desk.OFFICE),
    /** publicised without an upheld objection; the office requests publication */
    RESULT_CONFIRMED(Desk.OFFICE),
    /** the HR bureau approves and publishes the passed list (核准公布, 002 一(五)) */
    PUBLICATION_REQUESTED(Desk.HR_BUREAU),
    PUBLISHED(Desk.NONE),
    /** the certificate is issued (发证) */
    CERTIFIED(Desk.NONE),
    /** sent back to the applicant for amendment (退回修改) */
    RETURNED(Desk.APPLICANT),
    /** the committee did not pass it */
    FAILED(Desk.NONE),
    REJECTED(Desk.NONE),
    WITHDRAWN(Desk.NONE),
    /** one-vote veto for fraud (一票否决, 002 三(一)) */
    VETOED(Desk.NONE);

    private final Desk desk;

    ApplicationState(Desk desk) {
        this.desk = desk;
    }

    public Desk desk() {
        return desk;
    }

    /** Nothing more happens to it (a certificate can still be revoked by a veto). */
    public boolean terminal() {
        return this == FAILED || this == REJECTED || this == WITHDRAWN || this == VETOED || this == CERTIFIED;
    }

    /** Before the committee evaluated it: the applicant may still withdraw (002 一, 000 三). */
    public boolean beforeEvaluation() {
        return switch (this) {
            case DRAFT, UNIT_REVIEW, UNIT_PUBLICITY, UNIT_RECOMMENDATION, DEPARTMENT_REVIEW, ACCEPTANCE,
                    QUALIFICATION_REVIEW, QUALIFIED, PRE_EVALUATION_PUBLICITY, READY_FOR_EVALUATION, SCHEDULED,
                    RETURNED -> true;
            default -> false;
        };
    }
}

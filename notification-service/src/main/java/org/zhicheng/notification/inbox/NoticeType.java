package org.zhicheng.notification.inbox;

/**
 * What a notice says, each with its templates ({@code notices_zh_CN.properties}, key {@code <key>.title} and
 * {@code <key>.body}) and whether it is urgent: an urgent notice also goes by SMS to those who take SMS for urgent
 * notices only (the default).
 */
public enum NoticeType {

    /** A publicity showing the person started (persons of its entries). */
    PUBLICITY_STARTED("publicity.started", false),
    /** A publicity's period ended with objections unanswered (its opener's desk). */
    PUBLICITY_HELD("publicity.held", true),
    /** A provisional end date moved when the year's holiday notice arrived (the opener's desk). */
    PUBLICITY_RESCHEDULED("publicity.rescheduled", false),
    /** A publicity closed (its opener's desk and the persons it showed). */
    PUBLICITY_CLOSED("publicity.closed", false),
    /** An objection was raised and awaits investigation (the opener's desk). */
    OBJECTION_ASSIGNED("objection.assigned", true),
    /** A complaint was registered against a publicity of the region (the HR bureau's register, 000 三(四)). */
    COMPLAINT_REGISTERED("complaint.registered", false),
    /** The raiser's objection was answered (a signed raiser). */
    OBJECTION_ANSWERED("objection.answered", false),
    /** An expert was drawn onto a panel or as an alternate (评审专家抽取). */
    PANEL_SUMMONS("panel.summons", true),
    /** An expert was disciplined and removed (通报有关单位, 000 三(一)): the expert's unit and the expert. */
    EXPERT_DISCIPLINED("expert.disciplined", false),
    /** A self-evaluating unit's filing is overdue (001 五(三)): the HR bureaus covering it and the committee. */
    SELF_EVALUATION_OVERDUE("self-evaluation.overdue", false),
    /** A meeting was filed and awaits the HR bureau's consent (001 五(二)). */
    MEETING_FILED("meeting.filed", true),
    /** The committee's evaluation rights were suspended (001 四). */
    COMMITTEE_SUSPENDED("committee.suspended", true),
    /** The committee's evaluation rights were restored. */
    COMMITTEE_REINSTATED("committee.reinstated", false),
    /** A plan naming the committee was published: its applications open (the committee's office). */
    PLAN_PUBLISHED("plan.published", false),
    /** A plan's deadline moved by special approval (000 三(三)): the offices of its committees. */
    PLAN_DEADLINE_CHANGED("plan.deadline-changed", true),
    /** A plan's individual application deadline is a few working days away (the committee's office). */
    PLAN_DEADLINE_APPROACHING("plan.deadline-approaching", false),
    /** The applicant's application was submitted (or resubmitted) to the unit's desk. */
    APPLICATION_SUBMITTED("application.submitted", false),
    /** The applicant's application moved on in the workflow (a step completed, accepted, scheduled, evaluated). */
    APPLICATION_PROGRESSED("application.progressed", false),
    /** The applicant's application was sent back for amendment, with the reason (or back to a desk after an objection). */
    APPLICATION_RETURNED("application.returned", true),
    /** The applicant's application was rejected (or vetoed), with the reason. */
    APPLICATION_REJECTED("application.rejected", true),
    /** The application was withdrawn by its applicant (the applicant and the unit's desk). */
    APPLICATION_WITHDRAWN("application.withdrawn", false),
    /** An application reached a desk's work queue (unit, department, committee office, HR bureau). */
    APPLICATION_QUEUED("application.queued", false),
    /** A certificate (职称证书) was issued to its holder. */
    CERTIFICATE_ISSUED("certificate.issued", false),
    /** A certificate was revoked after a veto (its holder and the holder's unit). */
    CERTIFICATE_REVOKED("certificate.revoked", true);

    private final String key;
    private final boolean urgent;

    NoticeType(String key, boolean urgent) {
        this.key = key;
        this.urgent = urgent;
    }

    /** The templates' key. */
    public String key() {
        return key;
    }

    public boolean urgent() {
        return urgent;
    }
}

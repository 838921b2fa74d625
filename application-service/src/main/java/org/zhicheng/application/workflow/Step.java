package org.zhicheng.application.workflow;

import static org.zhicheng.application.workflow.ApplicationState.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every transition of an application, as data: the states it starts from, the states it may lead to, who takes it
 * (a desk, the applicant, or the system acting on another service's event), whether it needs a reason, and the event
 * it emits. {@link Workflow} checks a move against this table; nothing else decides what may follow what.
 */
public enum Step {

    CREATE(Who.APPLICANT, null, false, EnumSet.noneOf(ApplicationState.class), EnumSet.of(DRAFT)),
    SUBMIT(Who.APPLICANT, "ApplicationSubmitted", false, EnumSet.of(DRAFT), EnumSet.of(UNIT_REVIEW)),
    /** after a send-back: back to the desk that sent it */
    RESUBMIT(Who.APPLICANT, "ApplicationSubmitted", false, EnumSet.of(RETURNED),
            EnumSet.of(UNIT_REVIEW, UNIT_RECOMMENDATION, DEPARTMENT_REVIEW, ACCEPTANCE, QUALIFICATION_REVIEW,
                    QUALIFIED)),
    WITHDRAW(Who.APPLICANT, "ApplicationWithdrawn", false, EnumSet.of(DRAFT, UNIT_REVIEW, UNIT_PUBLICITY,
            UNIT_RECOMMENDATION, DEPARTMENT_REVIEW, ACCEPTANCE, QUALIFICATION_REVIEW, QUALIFIED,
            PRE_EVALUATION_PUBLICITY, READY_FOR_EVALUATION, SCHEDULED, RETURNED), EnumSet.of(WITHDRAWN)),

    /** the unit's review passed: its publicity opens (002 一(二)) */
    UNIT_APPROVE(Who.HOLDER, null, false, EnumSet.of(UNIT_REVIEW), EnumSet.of(UNIT_PUBLICITY)),
    UNIT_PUBLICITY_CLOSED(Who.SYSTEM, null, false, EnumSet.of(UNIT_PUBLICITY), EnumSet.of(UNIT_RECOMMENDATION)),
    UNIT_RECOMMEND(Who.HOLDER, null, false, EnumSet.of(UNIT_RECOMMENDATION),
            EnumSet.of(DEPARTMENT_REVIEW, ACCEPTANCE)),
    DEPARTMENT_RECOMMEND(Who.HOLDER, null, false, EnumSet.of(DEPARTMENT_REVIEW), EnumSet.of(ACCEPTANCE)),
    ACCEPT(Who.HOLDER, "ApplicationAccepted", false, EnumSet.of(ACCEPTANCE), EnumSet.of(QUALIFICATION_REVIEW)),
    QUALIFY(Who.HOLDER, null, false, EnumSet.of(QUALIFICATION_REVIEW), EnumSet.of(QUALIFIED)),
    PRE_EVALUATION_PUBLICITY_OPENED(Who.HOLDER, null, false, EnumSet.of(QUALIFIED),
            EnumSet.of(PRE_EVALUATION_PUBLICITY)),
    PRE_EVALUATION_PUBLICITY_CLOSED(Who.SYSTEM, "ApplicationScheduled", false, EnumSet.of(PRE_EVALUATION_PUBLICITY),
            EnumSet.of(READY_FOR_EVALUATION)),
    /** committee-service filed the meeting it is assigned to ({@code MeetingFiled}) */
    MEETING_FILED(Who.SYSTEM, null, false, EnumSet.of(READY_FOR_EVALUATION), EnumSet.of(SCHEDULED)),
    /** the meeting's results ({@code MeetingResultsRecorded}) */
    EVALUATED(Who.SYSTEM, null, false, EnumSet.of(READY_FOR_EVALUATION, SCHEDULED), EnumSet.of(PASSED, FAILED)),
    /** the meeting closed without a vote on it: back to waiting for a meeting */
    NOT_VOTED(Who.SYSTEM, "ApplicationScheduled", false, EnumSet.of(READY_FOR_EVALUATION, SCHEDULED),
            EnumSet.of(READY_FOR_EVALUATION)),
    RESULT_PUBLICITY_OPENED(Who.HOLDER, null, false, EnumSet.of(PASSED), EnumSet.of(RESULT_PUBLICITY)),
    RESULT_PUBLICITY_CLOSED(Who.SYSTEM, null, false, EnumSet.of(RESULT_PUBLICITY), EnumSet.of(RESULT_CONFIRMED)),
    REQUEST_PUBLICATION(Who.HOLDER, null, false, EnumSet.of(RESULT_CONFIRMED), EnumSet.of(PUBLICATION_REQUESTED)),
    PUBLICATION_RETURNED(Who.HOLDER, "ApplicationReturned", true, EnumSet.of(PUBLICATION_REQUESTED),
            EnumSet.of(RESULT_CONFIRMED)),
    PUBLISH(Who.HOLDER, null, false, EnumSet.of(PUBLICATION_REQUESTED), EnumSet.of(PUBLISHED)),
    CERTIFY(Who.SYSTEM, null, false, EnumSet.of(PUBLISHED), EnumSet.of(CERTIFIED)),

    /** send back to the applicant for amendment, with the reason */
    RETURN(Who.HOLDER, "ApplicationReturned", true, EnumSet.of(UNIT_REVIEW, UNIT_RECOMMENDATION, DEPARTMENT_REVIEW,
            ACCEPTANCE, QUALIFICATION_REVIEW, QUALIFIED), EnumSet.of(RETURNED)),
    REJECT(Who.HOLDER, "ApplicationRejected", true, EnumSet.of(UNIT_REVIEW, UNIT_RECOMMENDATION, DEPARTMENT_REVIEW,
            ACCEPTANCE, QUALIFICATION_REVIEW, QUALIFIED, PASSED, RESULT_CONFIRMED), EnumSet.of(REJECTED)),
    /** an objection was upheld: back to the desk that must act on it */
    OBJECTION_UPHELD(Who.SYSTEM, "ApplicationReturned", true, EnumSet.of(UNIT_PUBLICITY, UNIT_RECOMMENDATION,
            PRE_EVALUATION_PUBLICITY, READY_FOR_EVALUATION, SCHEDULED, RESULT_PUBLICITY, RESULT_CONFIRMED),
            EnumSet.of(UNIT_REVIEW, QUALIFICATION_REVIEW, PASSED)),
    /** fraud found at any step (一票否决, 002 三(一)); after certification it also revokes the certificate */
    VETO(Who.STAFF, "ApplicationRejected", true, EnumSet.complementOf(EnumSet.of(DRAFT, FAILED, REJECTED,
            WITHDRAWN, VETOED)), EnumSet.of(VETOED));

    /** Who takes a step. */
    public enum Who {
        /** the applicant, on their own application */
        APPLICANT,
        /** the desk holding the application in its current state */
        HOLDER,
        /** any desk with the application in its scope (unit, department, office, HR bureau) */
        STAFF,
        /** this service, acting on another service's event */
        SYSTEM
    }

    private final Who who;
    private final String eventType;
    private final boolean needsReason;
    private final Set<ApplicationState> from;
    private final Set<ApplicationState> to;

    Step(Who who, String eventType, boolean needsReason, Set<ApplicationState> from, Set<ApplicationState> to) {
        this.who = who;
        this.eventType = eventType == null ? "ApplicationStepCompleted" : eventType;
        this.needsReason = needsReason;
        this.from = Set.copyOf(from);
        this.to = Set.copyOf(to);
    }

    public Who who() {
        return who;
    }

    /** The event the step emits; {@code CREATE} emits none. */
    public String eventType() {
        return this == CREATE ? null : eventType;
    }

    public boolean needsReason() {
        return needsReason;
    }

    public Set<ApplicationState> from() {
        return from;
    }

    public Set<ApplicationState> to() {
        return to;
    }

    /** The steps a desk may take on an application in {@code state} (for the views' {@code actions}). */
    public static Set<Step> takenFrom(ApplicationState state) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        for (Step step : values()) {
            if (step.from.contains(state)) {
                steps.add(step);
            }
        }
        return steps;
    }
}

package org.zhicheng.application.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.zhicheng.application.archive.domain.UnitType;
import org.zhicheng.application.workflow.ApplicationState;
import org.zhicheng.application.workflow.Desk;
import org.zhicheng.application.workflow.Step;
import org.zhicheng.application.workflow.Workflow;
import org.zhicheng.starter.domain.RecordedChanges;

/**
 * An application (申报) for one title under one plan item, on one route, as a state machine. Every change goes through
 * {@link #move}, checked by {@link Workflow} against the transition table, and records an
 * {@link ApplicationTransition} (the history row and its event). The domain reads no clock: callers pass the time.
 */
public final class Application {

    private ApplicationSnapshot.Fixed fixed;
    private String specialty;
    private Route route;
    private Particulars particulars;
    private ApplicationState state;
    private ApplicationState returnedFrom;
    private Instant heldSince;
    private int submission;
    private Integer archiveVersion;
    private ComplianceStatus compliance;
    private Map<String, Object> complianceDetail;
    private int complianceAttempts;
    private Instant complianceNextAt;
    private UUID meetingId;
    private UUID publicityId;
    private LocalDate publicityEndsOn;
    private int unitPublicityRound;
    private String outcome;
    private Instant reachedOfficeAt;
    private Instant reachedDepartmentAt;
    private final Instant createdAt;
    private Instant updatedAt;
    private final RecordedChanges<ApplicationTransition> changes;

    private Application(ApplicationSnapshot s) {
        this.fixed = Objects.requireNonNull(s.fixed(), "fixed");
        this.specialty = s.specialty();
        this.route = Objects.requireNonNull(s.route(), "route");
        this.particulars = s.particulars() == null ? Particulars.NONE : s.particulars();
        this.state = Objects.requireNonNull(s.state(), "state");
        this.returnedFrom = s.returnedFrom();
        this.heldSince = s.heldSince();
        this.submission = s.submission();
        this.archiveVersion = s.archiveVersion();
        this.compliance = s.compliance();
        this.complianceDetail = s.complianceDetail() == null ? Map.of() : s.complianceDetail();
        this.complianceAttempts = s.complianceAttempts();
        this.complianceNextAt = s.complianceNextAt();
        this.meetingId = s.meetingId();
        this.publicityId = s.publicityId();
        this.publicityEndsOn = s.publicityEndsOn();
        this.unitPublicityRound = s.unitPublicityRound();
        this.outcome = s.outcome();
        this.reachedOfficeAt = s.reachedOfficeAt();
        this.reachedDepartmentAt = s.reachedDepartmentAt();
        this.createdAt = s.createdAt();
        this.updatedAt = s.updatedAt();
        this.changes = new RecordedChanges<>(s.version());
    }

    /** A new draft: the applicant's, for the item and title, not yet submitted. */
    public static Application create(ApplicationSnapshot.Fixed fixed, String specialty, Route route,
            Particulars particulars, Actor actor, Instant now) {
        Application application = new Application(new ApplicationSnapshot(fixed, specialty, route, particulars,
                ApplicationState.DRAFT, null, now, 0, null, null, null, 0, null, null, null, null, 0, null, null,
                null, now, now, 0));
        application.changes.record(new ApplicationTransition(Step.CREATE, null, ApplicationState.DRAFT,
                Desk.APPLICANT, fixed.person(), actor.name(), actor.role(), null, now, Map.of()));
        return application;
    }

    public static Application restore(ApplicationSnapshot snapshot) {
        return new Application(snapshot);
    }

    public ApplicationSnapshot snapshot() {
        return new ApplicationSnapshot(fixed, specialty, route, particulars, state, returnedFrom, heldSince,
                submission, archiveVersion, compliance, complianceDetail, complianceAttempts, complianceNextAt,
                meetingId, publicityId, publicityEndsOn, unitPublicityRound, outcome, reachedOfficeAt,
                reachedDepartmentAt, createdAt, updatedAt, changes.version());
    }

    /** The applicant changes what they state, while the application is theirs (a draft or sent back). */
    public void amend(String newSpecialty, Route newRoute, Particulars newParticulars, boolean needsDepartment,
            Instant now) {
        if (state != ApplicationState.DRAFT && state != ApplicationState.RETURNED) {
            throw new org.zhicheng.starter.problem.WrongStateRefused(Workflow.RESOURCE, state, "AMEND", null);
        }
        if (needsDepartment != fixed.needsDepartment()) {
            ApplicationSnapshot.Fixed f = fixed;
            this.fixed = new ApplicationSnapshot.Fixed(f.id(), f.person(), f.applicantName(), f.unit(), f.unitName(),
                    f.unitType(), f.region(), f.department(), needsDepartment, f.planId(), f.planItemId(),
                    f.planRegion(), f.year(), f.committee(), f.committeeName(), f.title(), f.titleName(), f.series(),
                    f.level());
        }
        this.specialty = newSpecialty;
        this.route = Objects.requireNonNull(newRoute, "route");
        this.particulars = newParticulars == null ? Particulars.NONE : newParticulars;
        this.updatedAt = now;
    }

    /**
     * The applicant submits (first, or again after a send-back: then back to the desk that sent it). The caller has
     * checked eligibility and stored the submission's snapshot.
     */
    public ApplicationTransition submit(int fromArchiveVersion, ComplianceStatus complianceStatus,
            Map<String, Object> complianceAnswer, Actor actor, Instant now) {
        boolean again = state == ApplicationState.RETURNED;
        Step step = again ? Step.RESUBMIT : Step.SUBMIT;
        ApplicationState target = again ? returnedFrom : ApplicationState.UNIT_REVIEW;
        ApplicationTransition transition = move(step, target, actor, null, now,
                Map.of("submission", submission + 1, "archiveVersion", fromArchiveVersion));
        this.submission++;
        this.archiveVersion = fromArchiveVersion;
        this.returnedFrom = null;
        this.compliance = complianceStatus;
        this.complianceDetail = complianceAnswer == null ? Map.of() : complianceAnswer;
        this.complianceAttempts = complianceStatus == ComplianceStatus.PENDING ? 1 : 0;
        return transition;
    }

    /**
     * Takes {@code step} to {@code target}: checked against the transition table ({@link Workflow#check}); records the
     * transition with who holds the application after it.
     */
    public ApplicationTransition move(Step step, ApplicationState target, Actor actor, String reason, Instant now,
            Map<String, Object> data) {
        Workflow.check(step, state, target, reason);
        ApplicationState from = state;
        if (step == Step.RETURN) {
            this.returnedFrom = from;
        }
        this.state = target;
        this.heldSince = now;
        this.updatedAt = now;
        if (target == ApplicationState.ACCEPTANCE && reachedOfficeAt == null) {
            this.reachedOfficeAt = now;
        }
        if (target == ApplicationState.DEPARTMENT_REVIEW && reachedDepartmentAt == null) {
            this.reachedDepartmentAt = now;
        }
        if (!publicityState(target)) {
            this.publicityId = null;
            this.publicityEndsOn = null;
        }
        return changes.record(new ApplicationTransition(step, from, target, target.desk(), holder(target),
                actor.name(), actor.role(), reason == null || reason.isBlank() ? null : reason.strip(), now, data));
    }

    /** The unit's recommendation leads to the department where the route or level needs one, else to the office. */
    public ApplicationState afterUnitRecommendation() {
        return fixed.needsDepartment() ? ApplicationState.DEPARTMENT_REVIEW : ApplicationState.ACCEPTANCE;
    }

    /** A publicity of the application opened (its id and last day), and for a unit publicity its round. */
    public void inPublicity(UUID publicity, LocalDate endsOn, boolean unitRound) {
        this.publicityId = publicity;
        this.publicityEndsOn = endsOn;
        if (unitRound) {
            this.unitPublicityRound++;
        }
    }

    /** The last day of the running publicity, once notification-service told it ({@code PublicityStarted}). */
    public void publicityEndsOn(LocalDate endsOn) {
        this.publicityEndsOn = endsOn;
    }

    public void assignedTo(UUID meeting) {
        this.meetingId = meeting;
    }

    public void evaluated(String result) {
        this.outcome = result;
    }

    /** education-service answered (or failed again: {@code status} PENDING with the next attempt). */
    public void complianceAnswered(ComplianceStatus status, Map<String, Object> detail, Instant nextAttempt,
            Instant now) {
        this.compliance = status;
        this.complianceDetail = detail == null ? Map.of() : detail;
        this.complianceAttempts = status == ComplianceStatus.PENDING ? complianceAttempts + 1 : complianceAttempts;
        this.complianceNextAt = status == ComplianceStatus.PENDING ? nextAttempt : null;
        this.updatedAt = now;
    }

    public void scheduleComplianceRetry(Instant at) {
        this.complianceNextAt = at;
    }

    /** The transitions recorded since it was loaded; cleared by the call. */
    public java.util.List<ApplicationTransition> takeChanges() {
        return changes.take();
    }

    public int version() {
        return changes.version();
    }

    public void savedAs(int version) {
        changes.savedAs(version);
    }

    /** The id of who holds the application in {@code target}. */
    private String holder(ApplicationState target) {
        return switch (target.desk()) {
            case APPLICANT -> fixed.person();
            case UNIT -> fixed.unit();
            case DEPARTMENT -> fixed.department();
            case OFFICE, COMMITTEE -> fixed.committee();
            case HR_BUREAU -> fixed.planRegion();
            case NONE -> null;
        };
    }

    private static boolean publicityState(ApplicationState s) {
        return s == ApplicationState.UNIT_PUBLICITY || s == ApplicationState.PRE_EVALUATION_PUBLICITY
                || s == ApplicationState.RESULT_PUBLICITY;
    }

    public UUID id() {
        return fixed.id();
    }

    public ApplicationSnapshot.Fixed fixed() {
        return fixed;
    }

    public String person() {
        return fixed.person();
    }

    public String unit() {
        return fixed.unit();
    }

    public UnitType unitType() {
        return fixed.unitType();
    }

    public String committee() {
        return fixed.committee();
    }

    public String specialty() {
        return specialty;
    }

    public Route route() {
        return route;
    }

    public Particulars particulars() {
        return particulars;
    }

    public ApplicationState state() {
        return state;
    }

    public ApplicationState returnedFrom() {
        return returnedFrom;
    }

    public Desk desk() {
        return state.desk();
    }

    public String holder() {
        return holder(state);
    }

    public Instant heldSince() {
        return heldSince;
    }

    public int submission() {
        return submission;
    }

    public Integer archiveVersion() {
        return archiveVersion;
    }

    public ComplianceStatus compliance() {
        return compliance;
    }

    public Map<String, Object> complianceDetail() {
        return complianceDetail;
    }

    public int complianceAttempts() {
        return complianceAttempts;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public UUID publicityId() {
        return publicityId;
    }

    public LocalDate publicityEndsOn() {
        return publicityEndsOn;
    }

    public int unitPublicityRound() {
        return unitPublicityRound;
    }

    public String outcome() {
        return outcome;
    }

    public Instant reachedOfficeAt() {
        return reachedOfficeAt;
    }

    public Instant reachedDepartmentAt() {
        return reachedDepartmentAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

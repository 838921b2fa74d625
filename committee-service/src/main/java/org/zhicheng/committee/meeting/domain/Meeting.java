package org.zhicheng.committee.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.zhicheng.starter.problem.RuleRefused;
import org.zhicheng.starter.problem.WrongStateRefused;
import org.zhicheng.starter.problem.ConflictRefused;
import org.zhicheng.starter.domain.RecordedChanges;

/**
 * An evaluation meeting (评审会议) of one committee, as a state machine:
 * {@code PLANNED → FILED → APPROVED → PANEL_DRAWN → OPEN → CLOSED}, with {@code FILED → PLANNED} when the HR bureau
 * sends the filing back and {@code CANCELLED} from any state before {@code OPEN}. Every change goes through a method
 * here, which refuses a wrong state loudly ({@link WrongStateRefused}, {@code meeting.wrong-state}) or a broken rule
 * ({@link RuleRefused}) before changing anything, and records a {@link MeetingTransition} (the history row, plus the
 * event for filing and closing). The caller passes the time, so the domain never reads a clock.
 *
 * <p>Applications are assigned until the panel is drawn. Voting happens in the ballot domain's voting session, which
 * hands its minutes back through {@link #close(ClosedVote, String, Instant)}.
 */
public final class Meeting {

    private static final String RESOURCE = "meeting";
    // MOHRSS order 40 (回避): the draw excludes experts with a conflict against the assigned applicants, so the
    // applications are fixed once the panel is drawn
    public static final String ASSIGNMENT_RULE = "MOHRSS-40";

    private final UUID id;
    private final String committeeCode;
    private String title;
    private PanelPlan panelPlan;
    private LocalDate date;
    private String venue;
    private MeetingStatus status;
    private final Map<UUID, ApplicationAssignment> assignments;
    private MeetingSnapshot.Filing filing;
    private MeetingSnapshot.Approval approval;
    private String returnReason;
    private MeetingSnapshot.Panel panel;
    private MeetingSnapshot.Opening opening;
    private MeetingSnapshot.Closing closing;
    private String cancelReason;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private final RecordedChanges<MeetingTransition> changes;

    private Meeting(MeetingSnapshot snapshot) {
        this.id = Objects.requireNonNull(snapshot.id(), "id");
        this.committeeCode = requireText(snapshot.committeeCode(), "committeeCode");
        this.title = requireText(snapshot.title(), "title");
        this.panelPlan = Objects.requireNonNull(snapshot.panelPlan(), "panelPlan");
        this.date = Objects.requireNonNull(snapshot.date(), "date");
        this.venue = blankToNull(snapshot.venue());
        this.status = Objects.requireNonNull(snapshot.status(), "status");
        this.changes = new RecordedChanges<>(snapshot.version());
        this.assignments = new LinkedHashMap<>();
        for (ApplicationAssignment assignment : snapshot.assignments()) {
            if (assignments.put(assignment.applicationId(), assignment) != null) {
                throw new IllegalArgumentException("application " + assignment.applicationId() + " listed twice");
            }
        }
        this.filing = snapshot.filing();
        this.approval = snapshot.approval();
        this.returnReason = snapshot.returnReason();
        this.panel = snapshot.panel();
        this.opening = snapshot.opening();
        this.closing = snapshot.closing();
        this.cancelReason = snapshot.cancelReason();
        this.createdBy = requireText(snapshot.createdBy(), "createdBy");
        this.createdAt = Objects.requireNonNull(snapshot.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(snapshot.updatedAt(), "updatedAt");
    }

    /**
     * A new meeting in {@code PLANNED}, held on {@code date}.
     *
     * @throws RuleRefused {@code meeting.lead-time} when the date is less than a week after today ({@link MeetingLeadTime})
     */
    public static Meeting plan(UUID id, String committeeCode, String title, LocalDate date, String venue,
            PanelPlan panelPlan, MeetingRules rules, String actor, Instant now) {
        rules.leadTime().check(rules.dateOf(now), date);
        Meeting meeting = new Meeting(new MeetingSnapshot(id, committeeCode, title, date, venue, panelPlan,
                MeetingStatus.PLANNED, 0, List.of(), null, null, null, null, null, null, null, actor, now, now));
        meeting.record(MeetingAction.CREATE, null, MeetingStatus.PLANNED, actor, null, now, null, List.of());
        return meeting;
    }

    /** A meeting as it was stored; records nothing. */
    public static Meeting restore(MeetingSnapshot snapshot) {
        return new Meeting(snapshot);
    }

    /** Everything the meeting holds, for storing it. */
    public MeetingSnapshot snapshot() {
        return new MeetingSnapshot(id, committeeCode, title, date, venue, panelPlan, status, changes.version(),
                List.copyOf(assignments.values()), filing, approval, returnReason, panel, opening, closing,
                cancelReason, createdBy, createdAt, updatedAt);
    }

    /**
     * Amends the meeting (title, date, venue, what the panel is drawn from) while it is {@code PLANNED}, that is
     * before it is filed or after the filing was sent back; a new date must again be a week ahead of today
     * ({@link MeetingLeadTime}), an unchanged one is not checked again.
     */
    public MeetingTransition amend(String newTitle, LocalDate newDate, String newVenue, PanelPlan newPanelPlan,
            MeetingRules rules, String actor, String reason, Instant now) {
        requireText(actor, "actor");
        requireText(newTitle, "title");
        Objects.requireNonNull(newDate, "newDate");
        Objects.requireNonNull(newPanelPlan, "panelPlan");
        requireState(MeetingAction.AMEND, MeetingStatus.PLANNED);
        if (!newDate.equals(date)) {
            rules.leadTime().check(rules.dateOf(now), newDate);
        }
        this.title = newTitle.strip();
        this.date = newDate;
        this.venue = blankToNull(newVenue);
        this.panelPlan = newPanelPlan;
        return record(MeetingAction.AMEND, status, status, actor, reason, now, null, List.of());
    }

    /**
     * Schedules an application for this meeting; allowed until the panel is drawn, since the draw excludes experts
     * with a conflict against the assigned applicants and a later assignment would escape that check.
     */
    public MeetingTransition assign(ApplicationAssignment assignment, String actor, Instant now) {
        return assign(assignment, actor, null, now);
    }

    /**
     * As {@link #assign(ApplicationAssignment, String, Instant)}, with the reason the history keeps (the automatic
     * assignment of an application ready for evaluation says why it landed here).
     */
    public MeetingTransition assign(ApplicationAssignment assignment, String actor, String reason, Instant now) {
        requireText(actor, "actor");
        Objects.requireNonNull(assignment, "assignment");
        requireBeforeDraw(MeetingAction.ASSIGN);
        if (assignments.containsKey(assignment.applicationId())) {
            throw new ConflictRefused("meeting.already-assigned", assignment.applicationId(), id);
        }
        assignments.put(assignment.applicationId(), assignment);
        return record(MeetingAction.ASSIGN, status, status, actor, reason, now, assignment.applicationId(),
                List.of());
    }

    /**
     * Takes an application off the meeting again (withdrawn, sent back); allowed until the meeting opens, since fewer
     * applicants never make a drawn panel's conflict check wrong.
     */
    public MeetingTransition unassign(UUID applicationId, String actor, String reason, Instant now) {
        requireText(actor, "actor");
        Objects.requireNonNull(applicationId, "applicationId");
        requireBeforeOpening(MeetingAction.UNASSIGN);
        if (!assignments.containsKey(applicationId)) {
            throw new ConflictRefused("meeting.not-assigned", applicationId, id);
        }
        assignments.remove(applicationId);
        return record(MeetingAction.UNASSIGN, status, status, actor, reason, now, applicationId, List.of());
    }

    /** The last day this meeting may be filed with the HR bureau, for showing before the office files. */
    public FilingWindow filingWindow(MeetingRules rules) {
        return rules.filingLeadTime().window(date);
    }

    /**
     * The office files the meeting with the HR bureau (备案): qualification review, pre-evaluation publicity and panel
     * composition, at least five working days before the meeting. Emits {@link MeetingFiled}.
     *
     * @throws RuleRefused {@code meeting.filing-lead-time} when filed too late ({@link FilingLeadTime})
     */
    public MeetingTransition file(MeetingFiling content, MeetingRules rules, String actor, Instant now) {
        requireText(actor, "actor");
        Objects.requireNonNull(content, "content");
        requireState(MeetingAction.FILE, MeetingStatus.PLANNED);
        LocalDate filedOn = rules.dateOf(now);
        FilingWindow window = rules.filingLeadTime().check(filedOn, date);
        this.filing = new MeetingSnapshot.Filing(content, window, filedOn, actor, now);
        this.returnReason = null;
        MeetingFiled event = new MeetingFiled(id, committeeCode, date, List.copyOf(assignments.keySet()),
                content.qualifiedCount(), filedOn, window.latestFilingDay(), window.provisional(), actor, now);
        return moveTo(MeetingAction.FILE, MeetingStatus.FILED, actor, null, now, List.of(event));
    }

    /** The HR bureau consents to the filed meeting, citing its written opinion (书面意见). */
    public MeetingTransition approve(String consentReference, String actor, String reason, Instant now) {
        requireText(actor, "actor");
        requireText(consentReference, "consentReference");
        requireState(MeetingAction.APPROVE, MeetingStatus.FILED);
        this.approval = new MeetingSnapshot.Approval(consentReference.strip(), actor, now);
        return moveTo(MeetingAction.APPROVE, MeetingStatus.APPROVED, actor, reason, now, List.of());
    }

    /**
     * The HR bureau sends the filing back: the meeting is {@code PLANNED} again, the reason is kept for the office
     * (and in the history), the returned filing stays visible until the amended one replaces it.
     */
    public MeetingTransition returnForAmendment(String actor, String reason, Instant now) {
        requireText(actor, "actor");
        requireText(reason, "reason");
        requireState(MeetingAction.RETURN, MeetingStatus.FILED);
        this.returnReason = reason.strip();
        return moveTo(MeetingAction.RETURN, MeetingStatus.PLANNED, actor, reason, now, List.of());
    }

    /**
     * Records the panel the draw produced once every seat is confirmed (declines and top-ups happen inside the draw,
     * before this); allowed only while {@code APPROVED}.
     *
     * @param drawId  the draw (its seed and exclusions are kept by the draw domain)
     * @param experts the drawn experts (their ids), each once
     */
    public MeetingTransition recordPanel(UUID drawId, List<String> experts, String actor, Instant now) {
        requireText(actor, "actor");
        Objects.requireNonNull(drawId, "drawId");
        if (experts.isEmpty() || new HashSet<>(experts).size() != experts.size()) {
            throw new IllegalArgumentException("a panel needs distinct experts, got " + experts);
        }
        requireState(MeetingAction.RECORD_PANEL, MeetingStatus.APPROVED);
        this.panel = new MeetingSnapshot.Panel(drawId, experts, actor, now);
        return moveTo(MeetingAction.RECORD_PANEL, MeetingStatus.PANEL_DRAWN, actor, null, now, List.of());
    }

    /**
     * Opens the session on (or after) the meeting date, chaired by a panel member; attendance and ballots follow in
     * the voting session.
     *
     * @throws WrongStateRefused naming {@link OpenOnlyWhenApproved#RULE} when the meeting is not approved
     * @throws RuleRefused       {@code meeting.before-date} before the meeting date, {@code meeting.chair-not-on-panel}
     * @throws ConflictRefused   {@code meeting.no-applications} when nothing is assigned
     */
    public MeetingTransition open(String chair, MeetingRules rules, String actor, Instant now) {
        requireText(actor, "actor");
        Objects.requireNonNull(chair, "chair");
        rules.openOnlyWhenApproved().check(status, rules.dateOf(now), date);
        if (!panel.experts().contains(chair)) {
            // MOHRSS order 40: the meeting is chaired by a member of the committee sitting on it
            throw new RuleRefused("meeting.chair-not-on-panel", "MOHRSS-40", chair, id);
        }
        if (assignments.isEmpty()) {
            throw new ConflictRefused("meeting.no-applications", id);
        }
        this.opening = new MeetingSnapshot.Opening(chair, actor, now);
        return moveTo(MeetingAction.OPEN, MeetingStatus.OPEN, actor, null, now, List.of());
    }

    /**
     * The chair closes the meeting with the minutes of the vote; emits {@link MeetingResultsRecorded} with every
     * assigned application's outcome. The vote must be this meeting's, closed by its chair, and cover exactly the
     * assigned applications (the voting session guarantees it; anything else is a programming error).
     */
    public MeetingTransition close(ClosedVote vote, String actor, Instant now) {
        requireText(actor, "actor");
        Objects.requireNonNull(vote, "vote");
        requireState(MeetingAction.CLOSE, MeetingStatus.OPEN);
        if (!vote.meetingId().equals(id)) {
            throw new IllegalArgumentException("the vote of meeting " + vote.meetingId() + " cannot close " + id);
        }
        if (!vote.closedBy().equals(opening.chair())) {
            throw new IllegalArgumentException("meeting " + id + " is closed by its chair " + opening.chair());
        }
        Set<UUID> voted = new LinkedHashSet<>();
        vote.results().forEach(result -> voted.add(result.applicationId()));
        if (!voted.equals(assignments.keySet()) || voted.size() != vote.results().size()) {
            throw new IllegalArgumentException("the vote covers " + voted + ", the meeting assigned "
                    + assignments.keySet());
        }
        this.closing = new MeetingSnapshot.Closing(vote.closedBy(), vote.closedAt(), vote.contentHash(),
                vote.panelSize(), vote.attending(), vote.results());
        MeetingResultsRecorded event = new MeetingResultsRecorded(id, committeeCode, date, vote.panelSize(),
                vote.attending(), vote.closedBy(), vote.closedAt(), vote.contentHash(), vote.results());
        return moveTo(MeetingAction.CLOSE, MeetingStatus.CLOSED, actor, null, now, List.of(event));
    }

    /** Calls the meeting off before it opens; the reason is required. */
    public MeetingTransition cancel(String actor, String reason, Instant now) {
        requireText(actor, "actor");
        requireText(reason, "reason");
        requireBeforeOpening(MeetingAction.CANCEL);
        this.cancelReason = reason.strip();
        return moveTo(MeetingAction.CANCEL, MeetingStatus.CANCELLED, actor, reason, now, List.of());
    }

    private void requireBeforeOpening(MeetingAction action) {
        if (!status.beforeOpening()) {
            throw new WrongStateRefused(RESOURCE, status, action.label(), null);
        }
    }

    private void requireBeforeDraw(MeetingAction action) {
        if (status == MeetingStatus.PANEL_DRAWN || status == MeetingStatus.OPEN) {
            throw new WrongStateRefused(RESOURCE, status, action.label(), ASSIGNMENT_RULE);
        }
        requireState(action, MeetingStatus.PLANNED, MeetingStatus.FILED, MeetingStatus.APPROVED);
    }

    private void requireState(MeetingAction action, MeetingStatus... allowed) {
        for (MeetingStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new WrongStateRefused(RESOURCE, status, action.label(), null);
    }

    private MeetingTransition moveTo(MeetingAction action, MeetingStatus target, String actor, String reason,
            Instant now, List<MeetingEvent> events) {
        MeetingStatus from = status;
        this.status = target;
        return record(action, from, target, actor, reason, now, null, events);
    }

    private MeetingTransition record(MeetingAction action, MeetingStatus from, MeetingStatus to, String actor,
            String reason, Instant now, UUID applicationId, List<MeetingEvent> events) {
        this.updatedAt = now;
        MeetingTransition transition = new MeetingTransition(action, from, to, requireText(actor, "actor"),
                blankToNull(reason), now, applicationId, events);
        changes.record(transition);
        return transition;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The transitions made since this object was created or restored, oldest first; cleared by the call. */
    public List<MeetingTransition> takeRecorded() {
        return changes.take();
    }

    /** Set by the repository after a save bumped the optimistic-lock version. */
    public void savedAs(int newVersion) {
        changes.savedAs(newVersion);
    }

    public UUID id() {
        return id;
    }

    /** The committee's code (its stable public identifier). */
    public String committeeCode() {
        return committeeCode;
    }

    /** What the panel is drawn from and how large it is. */
    public PanelPlan panelPlan() {
        return panelPlan;
    }

    public String title() {
        return title;
    }

    public LocalDate date() {
        return date;
    }

    public String venue() {
        return venue;
    }

    public MeetingStatus status() {
        return status;
    }

    public int version() {
        return changes.version();
    }

    /** The assigned applications in the order they were assigned. */
    public List<ApplicationAssignment> assignments() {
        return List.copyOf(assignments.values());
    }

    /** The drawn panel, empty before the draw. */
    public List<String> panel() {
        return panel == null ? List.of() : panel.experts();
    }

    /** The chair, null before the meeting opens. */
    public String chair() {
        return opening == null ? null : opening.chair();
    }

    /** The reason the HR bureau sent the last filing back, null when it was not sent back (or filed again). */
    public String returnReason() {
        return returnReason;
    }

    /** The closing record (minutes hash and outcomes), null before the chair closes the meeting. */
    public MeetingSnapshot.Closing closing() {
        return closing;
    }
}

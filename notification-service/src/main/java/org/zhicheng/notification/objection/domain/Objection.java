package org.zhicheng.notification.objection.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.zhicheng.notification.publicity.domain.Publicity;
import org.zhicheng.notification.publicity.domain.PublicityEntry;
import org.zhicheng.notification.publicity.domain.PublicityKind;
import org.zhicheng.notification.publicity.domain.PublicityRules;
import org.zhicheng.notification.publicity.domain.PublicitySubject;
import org.zhicheng.starter.problem.ConflictRefused;
import org.zhicheng.starter.problem.WrongStateRefused;
import org.zhicheng.starter.domain.RecordedChanges;

/**
 * An objection or complaint (异议、投诉举报) against a running publicity, as a state machine:
 * {@code REGISTERED → INVESTIGATING → ANSWERED}. Raised only during the publicity's period
 * ({@code ObjectionsDuringPublicityOnly}), assigned to its opener, investigated with notes, answered only once
 * investigated ({@link InvestigatedBeforeAnswer}). Every change records an {@link ObjectionTransition}; raising and
 * answering emit events. The caller passes the time.
 */
public final class Objection {

    private static final String RESOURCE = "objection";

    private final UUID id;
    private final String trackingNumber;
    private final String accessCodeHash;
    private final UUID publicityId;
    private final PublicityKind publicityKind;
    private final PublicitySubject subject;
    private final UUID entryId;
    private final UUID applicationId;
    private final ObjectionKind kind;
    private final String text;
    private final Raiser raiser;
    private final Assignee assignedTo;
    private final String region;
    private ObjectionStatus status;
    private Answer answer;
    private final List<InvestigationNote> notes;
    private final Instant raisedAt;
    private Instant updatedAt;
    private final RecordedChanges<ObjectionTransition> changes;

    private Objection(ObjectionSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.trackingNumber = requireText(s.trackingNumber(), "trackingNumber");
        this.accessCodeHash = requireText(s.accessCodeHash(), "accessCodeHash");
        this.publicityId = Objects.requireNonNull(s.publicityId(), "publicityId");
        this.publicityKind = Objects.requireNonNull(s.publicityKind(), "publicityKind");
        this.subject = Objects.requireNonNull(s.subject(), "subject");
        this.entryId = s.entryId();
        this.applicationId = s.applicationId();
        this.kind = Objects.requireNonNull(s.kind(), "kind");
        this.text = requireText(s.text(), "text");
        this.raiser = s.raiser() == null ? new Raiser(null, null, null, null) : s.raiser();
        this.assignedTo = Objects.requireNonNull(s.assignedTo(), "assignedTo");
        this.region = requireText(s.region(), "region");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.answer = s.answer();
        this.notes = new ArrayList<>(s.notes());
        this.raisedAt = Objects.requireNonNull(s.raisedAt(), "raisedAt");
        this.changes = new RecordedChanges<>(s.version());
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
    }

    /** What the raiser files. {@code entryId} names the entry it concerns, null for the publicity as a whole. */
    public record Filing(ObjectionKind kind, UUID entryId, String text, Raiser raiser) {
    }

    /**
     * Registers an objection against {@code publicity} (which the caller holds locked) and assigns it to the
     * publicity's opener. Emits {@link ObjectionEvent.Raised}.
     *
     * @throws WrongStateRefused {@code publicity.wrong-state} (001-五(二)) against a closed publicity
     * @throws org.zhicheng.starter.problem.RuleRefused {@code objection.after-end-date} (001-五(二))
     * @throws ConflictRefused {@code objection.entry-unknown} for an entry the publicity does not show
     */
    public static Objection raise(UUID id, String trackingNumber, String accessCodeHash, Publicity publicity,
            Filing filing, PublicityRules rules, String actor, Instant now) {
        publicity.acceptObjection(rules, now);
        UUID applicationId = null;
        if (filing.entryId() != null) {
            PublicityEntry entry = publicity.entry(filing.entryId())
                    .orElseThrow(() -> new ConflictRefused("objection.entry-unknown", filing.entryId(),
                            publicity.id()));
            applicationId = entry.applicationId();
        }
        Assignee assignee = publicity.kind().byCommitteeOffice()
                ? new Assignee(Assignee.Kind.COMMITTEE, publicity.committee())
                : new Assignee(Assignee.Kind.UNIT, publicity.unit());
        Objection objection = new Objection(new ObjectionSnapshot(id, trackingNumber, accessCodeHash, publicity.id(),
                publicity.kind(), publicity.subject(), filing.entryId(), applicationId, filing.kind(), filing.text(),
                filing.raiser(), assignee, publicity.region(), ObjectionStatus.REGISTERED, null, List.of(), now, 0,
                now));
        objection.record(ObjectionAction.RAISE, null, ObjectionStatus.REGISTERED, actor, null, now,
                List.of(new ObjectionEvent.Raised(id, trackingNumber, publicity.id(), publicity.kind(),
                        publicity.subject(), filing.entryId(), applicationId, filing.kind(),
                        !objection.raiser.anonymous(), assignee, now)));
        return objection;
    }

    public static Objection restore(ObjectionSnapshot snapshot) {
        return new Objection(snapshot);
    }

    public ObjectionSnapshot snapshot() {
        return new ObjectionSnapshot(id, trackingNumber, accessCodeHash, publicityId, publicityKind, subject, entryId,
                applicationId, kind, text, raiser, assignedTo, region, status, answer, notes, raisedAt,
                changes.version(), updatedAt);
    }

    /** Records a step of the investigation; the first one moves it to {@code INVESTIGATING}. */
    public InvestigationNote note(UUID noteId, String author, String noteText, Instant now) {
        requireText(author, "author");
        if (status == ObjectionStatus.ANSWERED) {
            throw new WrongStateRefused(RESOURCE, status, "note", null);
        }
        InvestigationNote note = new InvestigationNote(noteId, author, requireText(noteText, "text"), now);
        notes.add(note);
        ObjectionStatus from = status;
        status = ObjectionStatus.INVESTIGATING;
        record(ObjectionAction.NOTE, from, status, author, null, now, List.of());
        return note;
    }

    /**
     * Answers the objection; the answer is what the raiser reads. Emits {@link ObjectionEvent.Resolved}.
     *
     * @throws WrongStateRefused {@code objection.wrong-state} when already answered
     * @throws ConflictRefused {@code objection.not-investigated} ({@link InvestigatedBeforeAnswer#RULE})
     */
    public ObjectionTransition answer(AnswerOutcome outcome, String answerText, String actor, Instant now) {
        requireText(actor, "actor");
        Objects.requireNonNull(outcome, "outcome");
        if (status == ObjectionStatus.ANSWERED) {
            throw new WrongStateRefused(RESOURCE, status, "answer", null);
        }
        new InvestigatedBeforeAnswer().check(this, outcome);
        this.answer = new Answer(outcome, requireText(answerText, "answer"), actor, now);
        ObjectionStatus from = status;
        status = ObjectionStatus.ANSWERED;
        return record(ObjectionAction.ANSWER, from, status, actor, outcome.name(), now,
                List.of(new ObjectionEvent.Resolved(id, trackingNumber, publicityId, publicityKind, subject, entryId,
                        applicationId, kind, outcome, actor, now)));
    }

    private ObjectionTransition record(ObjectionAction action, ObjectionStatus from, ObjectionStatus to,
            String actor, String reason, Instant now, List<ObjectionEvent> events) {
        this.updatedAt = now;
        ObjectionTransition transition = new ObjectionTransition(action, from, to, requireText(actor, "actor"),
                reason, now, events);
        changes.record(transition);
        return transition;
    }

    public List<ObjectionTransition> takeRecorded() {
        return changes.take();
    }

    public void savedAs(int newVersion) {
        changes.savedAs(newVersion);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    public UUID id() {
        return id;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String accessCodeHash() {
        return accessCodeHash;
    }

    public UUID publicityId() {
        return publicityId;
    }

    public Assignee assignedTo() {
        return assignedTo;
    }

    public String region() {
        return region;
    }

    public ObjectionStatus status() {
        return status;
    }

    public ObjectionKind kind() {
        return kind;
    }

    public Raiser raiser() {
        return raiser;
    }

    public Answer answer() {
        return answer;
    }

    public List<InvestigationNote> notes() {
        return List.copyOf(notes);
    }

    public int version() {
        return changes.version();
    }
}

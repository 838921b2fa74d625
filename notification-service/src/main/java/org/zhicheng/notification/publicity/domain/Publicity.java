package org.zhicheng.notification.publicity.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.zhicheng.starter.problem.WrongStateRefused;
import org.zhicheng.starter.domain.RecordedChanges;

/**
 * A publicity (公示) as a state machine: {@code RUNNING → CLOSED}, or {@code RUNNING → HELD → CLOSED} when its period
 * ends with objections still unanswered. It runs at least the kind's minimum of working days
 * ({@link MinimumPublicityPeriod}), cannot close early ({@link NoEarlyClose}), closes only once every objection raised
 * during it is answered ({@link ObjectionsAnsweredBeforeClose}) and accepts objections only during its period
 * ({@link ObjectionsDuringPublicityOnly}). Every change goes through a method here, which refuses a wrong state or a
 * broken rule before changing anything and records a {@link PublicityTransition} (the history row and the events).
 * The caller passes the time and the objections' tally; the domain reads no clock.
 */
public final class Publicity {

    private static final String RESOURCE = "publicity";

    private final UUID id;
    private final PublicityKind kind;
    private final PublicitySubject subject;
    private final String region;
    private final String committee;
    private final String unit;
    private final String publisher;
    private final String title;
    private final String body;
    private final PublicityContact contact;
    private final List<PublicityEntry> entries;
    private PublicityPeriod period;
    private PublicityStatus status;
    private PublicityOutcome outcome;
    private Instant heldSince;
    private Instant closedAt;
    private String closedBy;
    private final String contentHash;
    private final String openedBy;
    private final Instant openedAt;
    private Instant updatedAt;
    private final RecordedChanges<PublicityTransition> changes;

    private Publicity(PublicitySnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.kind = Objects.requireNonNull(s.kind(), "kind");
        this.subject = Objects.requireNonNull(s.subject(), "subject");
        this.region = requireText(s.region(), "region");
        this.committee = blankToNull(s.committee());
        this.unit = blankToNull(s.unit());
        if (kind.byCommitteeOffice() ? committee == null : unit == null) {
            throw new IllegalArgumentException(kind + " publicity needs its " + (kind.byCommitteeOffice()
                    ? "committee" : "unit"));
        }
        this.publisher = requireText(s.publisher(), "publisher");
        this.title = requireText(s.title(), "title");
        this.body = requireText(s.body(), "body");
        this.contact = s.contact() == null ? new PublicityContact(null, null, null, null) : s.contact();
        this.entries = List.copyOf(s.entries());
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a publicity shows at least one entry");
        }
        Set<UUID> ids = new HashSet<>();
        for (PublicityEntry entry : entries) {
            if (!ids.add(entry.id())) {
                throw new IllegalArgumentException("entry " + entry.id() + " listed twice");
            }
        }
        this.period = Objects.requireNonNull(s.period(), "period");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.outcome = s.outcome();
        this.heldSince = s.heldSince();
        this.closedAt = s.closedAt();
        this.closedBy = s.closedBy();
        this.contentHash = requireText(s.contentHash(), "contentHash");
        this.changes = new RecordedChanges<>(s.version());
        this.openedBy = requireText(s.openedBy(), "openedBy");
        this.openedAt = Objects.requireNonNull(s.openedAt(), "openedAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
    }

    /** What an opener asks to publish; {@code workingDays} null means the kind's minimum. */
    public record Draft(UUID id, PublicityKind kind, PublicitySubject subject, String region, String committee,
            String unit, String publisher, String title, String body, PublicityContact contact,
            List<PublicityEntry> entries, Integer workingDays, String contentHash) {

        public Draft {
            entries = List.copyOf(entries);
        }
    }

    /**
     * Opens a publicity today ({@code now}'s business date): it runs {@code RUNNING} until the end of its last working
     * day. Emits {@link PublicityStarted}.
     *
     * @throws org.zhicheng.starter.problem.RuleRefused {@code publicity.period-too-short} (the kind's rule),
     *         {@code publicity.personal-data} ({@link PersonalDataLimit#RULE})
     */
    public static Publicity open(Draft draft, PublicityRules rules, String actor, Instant now) {
        requireText(actor, "actor");
        rules.personalData().check(requireText(draft.body(), "body"), draft.entries());
        PublicityPeriod period = rules.period().period(draft.kind(), rules.period().dateOf(now), draft.workingDays());
        Publicity publicity = new Publicity(new PublicitySnapshot(draft.id(), draft.kind(), draft.subject(),
                draft.region(), draft.committee(), draft.unit(), draft.publisher(), draft.title(), draft.body(),
                draft.contact(), draft.entries(), period, PublicityStatus.RUNNING, null, null, null, null,
                draft.contentHash(), 0, actor, now, now));
        List<UUID> applications = publicity.entries.stream().map(PublicityEntry::applicationId)
                .filter(Objects::nonNull).distinct().toList();
        publicity.record(PublicityAction.OPEN, null, PublicityStatus.RUNNING, actor, null, now,
                List.of(new PublicityStarted(publicity.id, publicity.kind, publicity.subject, publicity.region,
                        publicity.committee, publicity.unit, publicity.title, period, applications,
                        publicity.entries.size(), actor, now)));
        return publicity;
    }

    /** A publicity as it was stored; records nothing. */
    public static Publicity restore(PublicitySnapshot snapshot) {
        return new Publicity(snapshot);
    }

    public PublicitySnapshot snapshot() {
        return new PublicitySnapshot(id, kind, subject, region, committee, unit, publisher, title, body, contact,
                entries, period, status, outcome, heldSince, closedAt, closedBy, contentHash, changes.version(),
                openedBy, openedAt, updatedAt);
    }

    /**
     * Whether an objection may be raised now ({@link ObjectionsDuringPublicityOnly}); changes nothing.
     *
     * @throws WrongStateRefused when closed; {@link org.zhicheng.starter.problem.RuleRefused} after the end
     */
    public void acceptObjection(PublicityRules rules, Instant now) {
        rules.objectionsDuring().check(this, now);
    }

    /** The entry an objection names, if it is one of this publicity's. */
    public Optional<PublicityEntry> entry(UUID entryId) {
        return entries.stream().filter(entry -> entry.id().equals(entryId)).findFirst();
    }

    /**
     * The opener closes the publicity after its period with every objection answered. Emits
     * {@link PublicityClosed}.
     *
     * @throws WrongStateRefused {@code publicity.wrong-state} when already closed
     * @throws org.zhicheng.starter.problem.RuleRefused {@code publicity.closes-too-early} (the kind's rule)
     * @throws org.zhicheng.starter.problem.ConflictRefused {@code publicity.objections-open}
     *         ({@link ObjectionsAnsweredBeforeClose#RULE})
     */
    public PublicityTransition close(ObjectionTally tally, PublicityRules rules, String actor, String reason,
            Instant now) {
        requireText(actor, "actor");
        if (status == PublicityStatus.CLOSED) {
            throw new WrongStateRefused(RESOURCE, status, "close", null);
        }
        rules.noEarlyClose().check(this, now);
        rules.objectionsAnswered().check(id, tally);
        return closeNow(tally, actor, reason, now);
    }

    /**
     * What the clock does at the end of the period, and after each answered objection: closes the publicity when its
     * period is over and nothing is unanswered; holds it ({@code HELD}) when objections are still open; otherwise
     * nothing (still running, already held, or closed).
     */
    public Optional<PublicityTransition> closeIfDue(ObjectionTally tally, PublicityRules rules, String actor,
            Instant now) {
        if (status == PublicityStatus.CLOSED || !period.isOverAt(now)) {
            return Optional.empty();
        }
        if (rules.objectionsAnswered().allows(tally)) {
            return Optional.of(closeNow(tally, actor, null, now));
        }
        if (status == PublicityStatus.HELD) {
            return Optional.empty();
        }
        this.heldSince = now;
        return Optional.of(moveTo(PublicityAction.HOLD, PublicityStatus.HELD, actor,
                tally.open() + " objection(s) unanswered", now, List.of()));
    }

    /**
     * A running publicity whose end was provisional takes the end the current calendar gives (the year's holiday
     * notice arrived); nothing when the end is confirmed or did not change.
     */
    public Optional<PublicityTransition> reschedule(PublicityRules rules, String actor, Instant now) {
        if (status != PublicityStatus.RUNNING || !period.provisional()) {
            return Optional.empty();
        }
        PublicityPeriod recomputed = rules.period().recomputed(period);
        if (recomputed.equals(period)) {
            return Optional.empty();
        }
        String reason = "end " + period.endsOn() + (period.provisional() ? " (provisional)" : "") + " -> "
                + recomputed.endsOn() + (recomputed.provisional() ? " (provisional)" : "");
        this.period = recomputed;
        return Optional.of(record(PublicityAction.RESCHEDULE, status, status, actor, reason, now, List.of()));
    }

    private PublicityTransition closeNow(ObjectionTally tally, String actor, String reason, Instant now) {
        this.outcome = tally.outcome();
        this.closedAt = now;
        this.closedBy = actor;
        PublicityClosed event = new PublicityClosed(id, kind, subject, region, committee, unit, outcome,
                period.endsOn(), heldSince, tally, actor, now);
        return moveTo(PublicityAction.CLOSE, PublicityStatus.CLOSED, actor, reason, now, List.of(event));
    }

    private PublicityTransition moveTo(PublicityAction action, PublicityStatus target, String actor, String reason,
            Instant now, List<PublicityEvent> events) {
        PublicityStatus from = status;
        this.status = target;
        return record(action, from, target, actor, reason, now, events);
    }

    private PublicityTransition record(PublicityAction action, PublicityStatus from, PublicityStatus to, String actor,
            String reason, Instant now, List<PublicityEvent> events) {
        this.updatedAt = now;
        PublicityTransition transition = new PublicityTransition(action, from, to, requireText(actor, "actor"),
                blankToNull(reason), now, events);
        changes.record(transition);
        return transition;
    }

    /** The transitions made since this object was created or restored, oldest first; cleared by the call. */
    public List<PublicityTransition> takeRecorded() {
        return changes.take();
    }

    /** Set by the repository after a save bumped the optimistic-lock version. */
    public void savedAs(int newVersion) {
        changes.savedAs(newVersion);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID id() {
        return id;
    }

    public PublicityKind kind() {
        return kind;
    }

    public PublicitySubject subject() {
        return subject;
    }

    public String region() {
        return region;
    }

    /** The committee (its code) of a pre-evaluation or result publicity; null for a unit publicity. */
    public String committee() {
        return committee;
    }

    /** The unit of a unit publicity; null otherwise. */
    public String unit() {
        return unit;
    }

    public List<PublicityEntry> entries() {
        return entries;
    }

    public PublicityPeriod period() {
        return period;
    }

    public PublicityStatus status() {
        return status;
    }

    public PublicityOutcome outcome() {
        return outcome;
    }

    public String contentHash() {
        return contentHash;
    }

    public int version() {
        return changes.version();
    }

    public String title() {
        return title;
    }

    public String openedBy() {
        return openedBy;
    }
}

package org.zhicheng.plan.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.zhicheng.starter.domain.RecordedChanges;

/**
 * An annual evaluation plan (评审计划) of one region, as a state machine:
 * {@code DRAFT → SUBMITTED → APPROVED → PUBLISHED → CLOSED}, with {@code SUBMITTED → RETURNED} for amendment and
 * {@code RETURNED → SUBMITTED} again. Every change goes through a method here, which refuses a wrong state loudly,
 * and records a {@link PlanTransition} (the history row, plus the event for publish and close). The caller passes the
 * time, so the domain never reads a clock.
 */
public final class EvaluationPlan {

    private final UUID id;
    private final int year;
    private final String region;
    private final PlanCategory category;
    private String title;
    private PlanDates dates;
    private String authorityHolder;
    private PlanStatus status;
    private List<PlanItem> items;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    private Instant closedAt;
    private final RecordedChanges<PlanTransition> changes;

    private EvaluationPlan(UUID id, int year, String region, PlanCategory category, String title, PlanDates dates,
            String authorityHolder, PlanStatus status, int version, List<PlanItem> items, String createdBy,
            Instant createdAt, Instant updatedAt, Instant publishedAt, Instant closedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.year = year;
        this.region = Objects.requireNonNull(region, "region");
        this.category = Objects.requireNonNull(category, "category");
        this.title = Objects.requireNonNull(title, "title");
        this.dates = dates == null ? PlanDates.NONE : dates;
        this.authorityHolder = authorityHolder;
        this.status = Objects.requireNonNull(status, "status");
        this.changes = new RecordedChanges<>(version);
        this.items = List.copyOf(items);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.publishedAt = publishedAt;
        this.closedAt = closedAt;
    }

    /**
     * A new plan in {@code DRAFT}; the rules in {@code rules} check its dates and items first.
     *
     * @param authorityHolder for {@link PlanCategory#DELEGATED} plans the unit or region holding the authority
     */
    public static EvaluationPlan draft(UUID id, int year, String region, PlanCategory category, String title,
            PlanDates dates, String authorityHolder, List<PlanItem> items, PlanRules rules, String actor,
            Instant now) {
        PlanDates planDates = dates == null ? PlanDates.NONE : dates;
        rules.checkContent(year, category, planDates, items);
        EvaluationPlan plan = new EvaluationPlan(id, year, region, category, title, planDates, authorityHolder,
                PlanStatus.DRAFT, 0, items, actor, now, now, null, null);
        plan.record(PlanAction.CREATE, null, PlanStatus.DRAFT, actor, null, now, List.of());
        return plan;
    }

    /** A plan as it was stored; records nothing. */
    public static EvaluationPlan restore(UUID id, int year, String region, PlanCategory category, String title,
            PlanDates dates, String authorityHolder, PlanStatus status, int version, List<PlanItem> items,
            String createdBy, Instant createdAt, Instant updatedAt, Instant publishedAt, Instant closedAt) {
        return new EvaluationPlan(id, year, region, category, title, dates, authorityHolder, status, version, items,
                createdBy, createdAt, updatedAt, publishedAt, closedAt);
    }

    /**
     * Replaces title, dates, authority holder and items; only before publication (000 三(三), see
     * {@link PublishedDeadlineIsFixed}).
     */
    public PlanTransition amend(String newTitle, PlanDates newDates, String newAuthorityHolder,
            List<PlanItem> newItems, PlanRules rules, String actor, String reason, Instant now) {
        rules.checkEditable(status);
        PlanDates planDates = newDates == null ? PlanDates.NONE : newDates;
        rules.checkContent(year, category, planDates, newItems);
        this.title = Objects.requireNonNull(newTitle, "title");
        this.dates = planDates;
        this.authorityHolder = newAuthorityHolder;
        this.items = List.copyOf(newItems);
        return record(PlanAction.AMEND, status, status, actor, reason, now, List.of());
    }

    /** The office hands the draft (or the amended plan) to the HR bureau for review. */
    public PlanTransition submit(String actor, String reason, Instant now) {
        requireState(PlanAction.SUBMIT, PlanStatus.DRAFT, PlanStatus.RETURNED);
        return moveTo(PlanAction.SUBMIT, PlanStatus.SUBMITTED, actor, reason, now, List.of());
    }

    /** The HR bureau agrees to the submitted plan. */
    public PlanTransition approve(String actor, String reason, Instant now) {
        requireState(PlanAction.APPROVE, PlanStatus.SUBMITTED);
        return moveTo(PlanAction.APPROVE, PlanStatus.APPROVED, actor, reason, now, List.of());
    }

    /** The HR bureau sends the submitted plan back; the reason is required and kept in the history. */
    public PlanTransition returnForAmendment(String actor, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a return needs a reason");
        }
        requireState(PlanAction.RETURN, PlanStatus.SUBMITTED);
        return moveTo(PlanAction.RETURN, PlanStatus.RETURNED, actor, reason, now, List.of());
    }

    /**
     * The approved plan becomes public; emits {@link PlanPublished}, which prints each title by its name and each
     * linked committee by its code. Both come from outside the aggregate (the catalog, the committee read model), so
     * the caller looks them up and passes them in.
     *
     * @param titleNames     the catalog's Chinese name of each title code the plan uses (see {@link #titleCodes()}); a
     *                       code without a name is printed as the code
     * @param committeeCodes the code of each registered committee the items are linked to, by id; an item whose
     *                       committee is missing here is published without a code
     */
    public PlanTransition publish(String actor, String reason, Instant now, Map<String, String> titleNames,
            Map<UUID, String> committeeCodes) {
        requireState(PlanAction.PUBLISH, PlanStatus.APPROVED);
        this.publishedAt = now;
        List<PlanPublished.Item> eventItems = items.stream()
                .map(item -> new PlanPublished.Item(item.id(), item.committeeName(), item.committeeId(),
                        item.committeeId() == null ? null : committeeCodes.get(item.committeeId()),
                        item.evaluatedTitles(), names(item.evaluatedTitles(), titleNames),
                        item.recommendedTitles(), names(item.recommendedTitles(), titleNames),
                        item.effectiveDeadline(dates, year), item.expectedEvaluationTime(), item.materialDeadline(),
                        item.specialties(), item.acceptanceScope(),
                        item.scope() == null ? Map.of() : item.scope().byLevel(), item.exclusions(),
                        item.applicants()))
                .toList();
        PlanPublished event = new PlanPublished(id, year, region, category, title, now,
                PlanPublished.Dates.of(dates), eventItems);
        return moveTo(PlanAction.PUBLISH, PlanStatus.PUBLISHED, actor, reason, now, List.of(event));
    }

    /** Every title code the plan's items evaluate or recommend, each once, in order of appearance. */
    public Set<String> titleCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (PlanItem item : items) {
            codes.addAll(item.evaluatedTitles());
            codes.addAll(item.recommendedTitles());
        }
        return codes;
    }

    private static List<String> names(List<String> codes, Map<String, String> titleNames) {
        return codes.stream().map(code -> titleNames.getOrDefault(code, code)).toList();
    }

    /**
     * Moves one deadline of a published plan by special approval (000 三(三)): an item's individual application
     * deadline ({@code itemId}) or a staged deadline ({@code stage}). The reason is required; the new dates must pass
     * the same date rules as a draft. Records the change (old → new) and emits {@link PlanDeadlineChanged}.
     */
    public PlanTransition changeDeadline(UUID itemId, DeadlineStage stage, LocalDate newDate,
            String approvalReference, PlanRules rules, String actor, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a deadline change needs a reason");
        }
        requireState(PlanAction.CHANGE_DEADLINE, PlanStatus.PUBLISHED);
        LocalDate oldDate;
        PlanDates newDates = dates;
        List<PlanItem> newItems = items;
        if (itemId != null) {
            PlanItem item = items.stream().filter(candidate -> candidate.id().equals(itemId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the plan has no item " + itemId));
            oldDate = item.applicationDeadline();
            newItems = items.stream()
                    .map(candidate -> candidate.id().equals(itemId) ? candidate.withApplicationDeadline(newDate)
                            : candidate)
                    .toList();
        } else {
            oldDate = dates.deadline(stage);
            newDates = dates.withDeadline(stage, newDate);
        }
        rules.checkDates(year, category, newDates, newItems);
        this.dates = newDates;
        this.items = newItems;
        DeadlineChange change = new DeadlineChange(itemId, stage, oldDate, newDate, blankToNull(approvalReference));
        PlanDeadlineChanged event = new PlanDeadlineChanged(id, year, region, itemId, stage, oldDate, newDate, actor,
                reason.strip(), change.approvalReference(), now);
        return record(PlanAction.CHANGE_DEADLINE, status, status, actor, reason, now, List.of(event), change);
    }

    /** The published plan is finished; emits {@link PlanClosed}. */
    public PlanTransition close(String actor, String reason, Instant now) {
        requireState(PlanAction.CLOSE, PlanStatus.PUBLISHED);
        this.closedAt = now;
        return moveTo(PlanAction.CLOSE, PlanStatus.CLOSED, actor, reason, now,
                List.of(new PlanClosed(id, year, region, now)));
    }

    private void requireState(PlanAction action, PlanStatus... allowed) {
        for (PlanStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new WrongPlanStateException(status, action);
    }

    private PlanTransition moveTo(PlanAction action, PlanStatus target, String actor, String reason, Instant now,
            List<PlanEvent> events) {
        PlanStatus from = status;
        this.status = target;
        return record(action, from, target, actor, reason, now, events);
    }

    private PlanTransition record(PlanAction action, PlanStatus from, PlanStatus to, String actor, String reason,
            Instant now, List<PlanEvent> events) {
        return record(action, from, to, actor, reason, now, events, null);
    }

    private PlanTransition record(PlanAction action, PlanStatus from, PlanStatus to, String actor, String reason,
            Instant now, List<PlanEvent> events, DeadlineChange deadlineChange) {
        this.updatedAt = now;
        PlanTransition transition = new PlanTransition(action, from, to, actor, blankToNull(reason), now, events,
                deadlineChange);
        changes.record(transition);
        return transition;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The transitions made since this object was created or restored, oldest first; cleared by the caller. */
    public List<PlanTransition> takeRecorded() {
        return changes.take();
    }

    /** Set by the repository after a save bumped the optimistic-lock version. */
    public void savedAs(int newVersion) {
        changes.savedAs(newVersion);
    }

    public UUID id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String region() {
        return region;
    }

    public PlanCategory category() {
        return category;
    }

    public String title() {
        return title;
    }

    public PlanDates dates() {
        return dates;
    }

    public String authorityHolder() {
        return authorityHolder;
    }

    public PlanStatus status() {
        return status;
    }

    public int version() {
        return changes.version();
    }

    public List<PlanItem> items() {
        return items;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}

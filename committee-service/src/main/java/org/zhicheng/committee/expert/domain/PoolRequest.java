package org.zhicheng.committee.expert.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.zhicheng.committee.expert.domain.PoolChange.Addition;
import org.zhicheng.committee.expert.domain.PoolChange.Removal;

/**
 * A request to change a committee's pool (专家库调整备案): the office files additions and removals, the HR bureau of
 * the committee's territory approves or rejects (000 三(一): changes during a term need its prior consent). A state
 * machine PENDING → APPROVED | REJECTED. Approval applies every change or none: each is checked again against the
 * pool as it is then.
 */
public final class PoolRequest {

    // 000 三(一): additions and changes during a term are filed with, and consented to by, the HR bureau
    public static final String RULE = "000-三(一)";
    /** 001 四: a committee whose evaluation rights are suspended does not change its pool. */
    public static final String SUSPENDED_RULE = "001-四";

    private final UUID id;
    private final UUID committeeId;
    private final String committeeCode;
    private final List<PoolChange> changes;
    private final String reason;
    private final String requestedBy;
    private final Instant requestedAt;
    private PoolRequestStatus status;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionReason;

    public PoolRequest(UUID id, UUID committeeId, String committeeCode, List<PoolChange> changes, String reason,
            PoolRequestStatus status, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
            String decisionReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.committeeId = Objects.requireNonNull(committeeId, "committeeId");
        this.committeeCode = committeeCode;
        this.changes = List.copyOf(changes);
        this.reason = reason;
        this.status = Objects.requireNonNull(status, "status");
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionReason = decisionReason;
    }

    /**
     * Files a request: at least one change, no expert added or removed twice, every addition's term already checked
     * by {@link TermAtMostThreeYears}, and the changes possible on the pool as it is now (checked again on approval).
     */
    public static PoolRequest file(UUID id, UUID committeeId, List<PoolChange> changes, String reason,
            PoolState state, String actor, Instant at) {
        if (changes.isEmpty()) {
            throw Refusal.badInput("pool-request.empty", "add");
        }
        // an expert is added at most once and removed at most once; removing and adding one expert changes the term
        Set<String> named = new HashSet<>();
        for (int i = 0; i < changes.size(); i++) {
            PoolChange change = changes.get(i);
            if (!named.add((change instanceof Addition ? "+" : "-") + change.expertId())) {
                throw Refusal.badInput("pool-request.expert-repeated", field(changes, i),
                        changes.get(i).expertId());
            }
        }
        checkAgainst(changes, state);
        return new PoolRequest(id, committeeId, state.committeeCode(), changes, reason, PoolRequestStatus.PENDING,
                actor, at, null, null, null);
    }

    /**
     * The HR bureau consents: every change is checked against the pool as it is now and the request becomes
     * APPROVED; the caller then applies {@link #changes()} in the same transaction.
     */
    public void approve(PoolState state, String actor, String why, Instant at) {
        requirePending("approve");
        checkAgainst(changes, state);
        decide(PoolRequestStatus.APPROVED, actor, why, at);
    }

    /** The HR bureau refuses its consent; nothing in the pool changes. */
    public void reject(String actor, String why, Instant at) {
        requirePending("reject");
        decide(PoolRequestStatus.REJECTED, actor, why, at);
    }

    private void requirePending(String action) {
        if (status != PoolRequestStatus.PENDING) {
            throw Refusal.wrongState("pool-request", status, action, null);
        }
    }

    private void decide(PoolRequestStatus to, String actor, String why, Instant at) {
        status = to;
        decidedBy = actor;
        decidedAt = at;
        decisionReason = why;
    }

    /**
     * The pool can take the changes: an active committee; additions only of ACTIVE experts not serving already;
     * removals only of members. An addition of someone whose active membership has run out renews it.
     */
    private static void checkAgainst(List<PoolChange> changes, PoolState state) {
        if (!state.committeeActive()) {
            throw Refusal.wrongState("committee", "SUSPENDED", "change-pool", SUSPENDED_RULE);
        }
        for (int i = 0; i < changes.size(); i++) {
            PoolChange change = changes.get(i);
            String expert = change.expertId();
            ExpertStatus status = state.experts().get(expert);
            if (status == null) {
                throw Refusal.badInput("pool.unknown-expert", field(changes, i), expert);
            }
            switch (change) {
                case Addition addition -> {
                    if (status != ExpertStatus.ACTIVE) {
                        // 000 三(一): an expert removed for breaking discipline does not come back
                        throw Refusal.rule("pool.expert-disqualified", DisciplineRecord.RULE, field(changes, i),
                                expert);
                    }
                    if (state.isServing(expert) && !removes(changes, expert)) {
                        throw Refusal.conflict("pool.already-member", field(changes, i), expert,
                                state.committeeCode());
                    }
                }
                case Removal removal -> {
                    if (!state.activeMembers().containsKey(expert)) {
                        throw Refusal.conflict("pool.not-member", field(changes, i), expert, state.committeeCode());
                    }
                }
            }
        }
    }

    private static boolean removes(List<PoolChange> changes, String expert) {
        return changes.stream().anyMatch(change -> change instanceof Removal && change.expertId().equals(expert));
    }

    /** The request field of change {@code index}: {@code add[i]} or {@code remove[j]} as the client sent them. */
    private static String field(List<PoolChange> changes, int index) {
        boolean addition = changes.get(index) instanceof Addition;
        int position = 0;
        for (int i = 0; i < index; i++) {
            if (changes.get(i) instanceof Addition == addition) {
                position++;
            }
        }
        return (addition ? "add[" : "remove[") + position + "]";
    }

    public List<Addition> additions() {
        List<Addition> result = new ArrayList<>();
        changes.forEach(change -> {
            if (change instanceof Addition addition) {
                result.add(addition);
            }
        });
        return result;
    }

    public List<Removal> removals() {
        List<Removal> result = new ArrayList<>();
        changes.forEach(change -> {
            if (change instanceof Removal removal) {
                result.add(removal);
            }
        });
        return result;
    }

    public UUID id() {
        return id;
    }

    public UUID committeeId() {
        return committeeId;
    }

    public String committeeCode() {
        return committeeCode;
    }

    public List<PoolChange> changes() {
        return changes;
    }

    public String reason() {
        return reason;
    }

    public PoolRequestStatus status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }
}

package org.zhicheng.committee.committee.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An evaluation committee (评委会), identified by its {@code code} (the codes a committee office's token lists). A
 * state machine over its evaluation rights: only an active committee can be suspended, only a suspended one
 * reinstated; every change is kept with who, when and why (001 四).
 */
public final class Committee {

    private final UUID id;
    private final String code;
    private final CommitteeProfile profile;
    private final String registeredBy;
    private final Instant registeredAt;
    private final List<RightsChange> history;
    private CommitteeStatus status;

    public Committee(UUID id, String code, CommitteeProfile profile, CommitteeStatus status, String registeredBy,
            Instant registeredAt, List<RightsChange> history) {
        this.id = Objects.requireNonNull(id, "id");
        this.code = Objects.requireNonNull(code, "code");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.status = Objects.requireNonNull(status, "status");
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.history = new ArrayList<>(history);
    }

    /** A newly registered committee: active, with no history. */
    public static Committee register(UUID id, String code, CommitteeProfile profile, String actor, Instant at) {
        return new Committee(id, code, profile, CommitteeStatus.ACTIVE, actor, at, List.of());
    }

    /** 001 四: the HR bureau suspends the evaluation rights of an active committee. */
    public RightsChange suspend(String reason, String actor, Instant at) {
        return change(RightsAction.SUSPEND, CommitteeStatus.ACTIVE, CommitteeStatus.SUSPENDED, reason, actor, at);
    }

    /** Gives a suspended committee its evaluation rights back. */
    public RightsChange reinstate(String reason, String actor, Instant at) {
        return change(RightsAction.REINSTATE, CommitteeStatus.SUSPENDED, CommitteeStatus.ACTIVE, reason, actor, at);
    }

    private RightsChange change(RightsAction action, CommitteeStatus from, CommitteeStatus to, String reason,
            String actor, Instant at) {
        if (status != from) {
            throw new WrongCommitteeState(status, action);
        }
        Objects.requireNonNull(reason, "reason");
        RightsChange change = new RightsChange(UUID.randomUUID(), action, from, to, reason, actor, at);
        status = to;
        history.add(change);
        return change;
    }

    public boolean isActive() {
        return status == CommitteeStatus.ACTIVE;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public CommitteeProfile profile() {
        return profile;
    }

    public String name() {
        return profile.name();
    }

    public String territory() {
        return profile.territory();
    }

    public CommitteeLevel level() {
        return profile.level();
    }

    public CommitteeStatus status() {
        return status;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** Suspensions and reinstatements, oldest first. */
    public List<RightsChange> history() {
        return List.copyOf(history);
    }
}

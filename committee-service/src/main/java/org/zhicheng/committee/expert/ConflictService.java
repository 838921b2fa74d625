package org.zhicheng.committee.expert;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.committee.CommitteeScope;
import org.zhicheng.committee.expert.domain.Conflict;
import org.zhicheng.committee.expert.domain.ConflictSource;
import org.zhicheng.committee.expert.domain.ConflictType;
import org.zhicheng.committee.expert.domain.Expert;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Conflicts of interest (回避): the expert declares their own; the office of a committee whose pool holds the expert
 * pins one. Both are read by whoever reads the expert, and withdrawn only by the side that recorded them.
 */
@Service
class ConflictService {

    private final ConflictRepository conflicts;
    private final ExpertAccess access;
    private final Clock clock;

    ConflictService(ConflictRepository conflicts, ExpertAccess access, Clock clock) {
        this.conflicts = conflicts;
        this.access = access;
        this.clock = clock;
    }

    record NewConflict(ConflictType type, String person, String unit, String note, String committee) {
    }

    @Transactional
    Conflict record(String expertId, NewConflict input, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, "conflict", Roles.EXPERT, Roles.COMMITTEE_OFFICE);
        Expert expert = access.readable(user, expertId);
        boolean self = user.hasRole(Roles.EXPERT) && expert.id().equals(user.person());
        ConflictSource source = self ? ConflictSource.DECLARED : ConflictSource.PINNED;
        String committee = self ? null : pinningCommittee(user, expert, input.committee());
        Conflict conflict = ExpertProblems.translating(() -> Conflict.record(UUID.randomUUID(), expert.id(),
                input.type(), source, input.person(), input.unit(), input.note(), committee,
                user.actor(), clock.instant()));
        conflicts.insert(conflict);
        return conflict;
    }

    @Transactional(readOnly = true)
    List<Conflict> of(String expertId, ZhichengPrincipal user) {
        Expert expert = access.readable(user, expertId);
        return conflicts.of(expert.id());
    }

    /** By the expert for a declared conflict, by an office of the pinning committee for a pinned one. */
    @Transactional
    Conflict withdraw(String expertId, UUID id, String reason, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, "conflict", Roles.EXPERT, Roles.COMMITTEE_OFFICE);
        Expert expert = access.readable(user, expertId);
        Conflict conflict = conflicts.find(expert.id(), id).orElseThrow(() -> Problems.notFound("conflict", id));
        boolean declarer = conflict.source() == ConflictSource.DECLARED
                ? user.hasRole(Roles.EXPERT) && expert.id().equals(user.person())
                : user.hasRole(Roles.COMMITTEE_OFFICE) && user.isMember(conflict.committee());
        if (!declarer) {
            throw Problems.forbidden("conflict.not-declarer", id);
        }
        Conflict withdrawn = ExpertProblems.translating(() -> conflict.withdraw(user.actor(), reason,
                clock.instant()));
        if (!conflicts.saveWithdrawal(withdrawn)) {
            throw Problems.wrongState("conflict", "WITHDRAWN", "withdraw");
        }
        return withdrawn;
    }

    /** The committee an office pins for: the one it names, or its only (first) committee whose pool holds the expert. */
    private String pinningCommittee(ZhichengPrincipal user, Expert expert, String requested) {
        List<String> holding = access.officeCommitteesHolding(user, expert.id());
        if (requested != null) {
            if (!holding.contains(requested)) {
                throw Problems.forbidden("conflict.not-in-pool", expert.id(), requested);
            }
            return requested;
        }
        if (holding.isEmpty()) {
            throw Problems.forbidden("conflict.not-in-pool", expert.id(), String.join(", ", user.committees()));
        }
        return holding.getFirst();
    }
}

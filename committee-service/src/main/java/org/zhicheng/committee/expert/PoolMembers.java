package org.zhicheng.committee.expert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.committee.Committees;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.expert.domain.Expert;
import org.zhicheng.committee.expert.domain.PoolMembership;

/** The read model of pools for the draw and meeting features: who serves in a committee's pool on a day. */
@Component
public class PoolMembers {

    private final Committees committees;
    private final PoolRepository pools;
    private final ExpertRepository experts;
    private final ConflictRepository conflicts;

    PoolMembers(Committees committees, PoolRepository pools, ExpertRepository experts, ConflictRepository conflicts) {
        this.committees = committees;
        this.pools = pools;
        this.experts = experts;
        this.conflicts = conflicts;
    }

    /**
     * The experts whose membership is active and whose term includes {@code day}, ordered by expert id (a stable
     * order for reproducible draws), each with the conflicts in force; 404 {@code committee.not-found}.
     */
    @Transactional(readOnly = true)
    public List<PoolMember> activeOn(String committeeCode, LocalDate day) {
        Committee committee = committees.require(committeeCode);
        List<String> ids = pools.activeOn(committee.id(), day).stream().map(PoolMembership::expertId).toList();
        Map<String, Expert> profiles = experts.findAll(ids);
        Map<String, List<PoolMember.Conflict>> inForce = new HashMap<>();
        conflicts.inForce(ids).forEach(conflict -> inForce.computeIfAbsent(conflict.expertId(), id -> new ArrayList<>())
                .add(new PoolMember.Conflict(conflict.type(), conflict.source(), conflict.person(), conflict.unit())));
        return ids.stream().map(profiles::get).filter(Expert::isActive)
                .map(expert -> new PoolMember(expert.id(), expert.name(), expert.titleLevel(), expert.series(),
                        expert.specialty(), expert.unit(), expert.region(),
                        inForce.getOrDefault(expert.id(), List.of())))
                .toList();
    }
}

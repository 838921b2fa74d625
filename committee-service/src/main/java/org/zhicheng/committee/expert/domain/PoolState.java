package org.zhicheng.committee.expert.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a pool request is checked against when it is filed and again when it is approved: whether the committee may
 * evaluate, the status of each expert it names, and the expert's current membership (if any) in the pool.
 */
public record PoolState(String committeeCode, boolean committeeActive, Map<String, ExpertStatus> experts,
        Map<String, Term> activeMembers, LocalDate today) {

    public PoolState {
        experts = Map.copyOf(experts);
        activeMembers = Map.copyOf(activeMembers);
    }

    /** An active membership whose term has not run out yet. */
    public boolean isServing(String expertId) {
        Term term = activeMembers.get(expertId);
        return term != null && !term.end().isBefore(today);
    }
}

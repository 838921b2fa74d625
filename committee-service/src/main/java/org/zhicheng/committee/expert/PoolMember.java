package org.zhicheng.committee.expert;

import java.util.List;

import org.zhicheng.committee.expert.domain.ConflictSource;
import org.zhicheng.committee.expert.domain.ConflictType;
import org.zhicheng.committee.expert.domain.TitleLevel;

/**
 * An expert serving in a committee's pool on a given day, as a draw or meeting needs them: profile without contact,
 * and the conflicts of interest in force (declared or pinned).
 */
public record PoolMember(String expertId, String name, TitleLevel titleLevel, String series, String specialty,
        String unit, String region, List<Conflict> conflicts) {

    public PoolMember {
        conflicts = List.copyOf(conflicts);
    }

    /** A conflict in force: with a person or a unit (exactly one of them). */
    public record Conflict(ConflictType type, ConflictSource source, String person, String unit) {
    }
}

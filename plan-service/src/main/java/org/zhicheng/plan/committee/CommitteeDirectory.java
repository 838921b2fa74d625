package org.zhicheng.plan.committee;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.starter.problem.FieldProblem;
import org.zhicheng.starter.problem.Problems;

/**
 * Which registered committee a plan item names, for the plan use cases and views. Committees committee-service has
 * not registered (yet) are unknown here; items may still name them by name, as before committees were registered.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeDirectory {

    public static final String UNKNOWN = "plan-item.committee-unknown";
    /** Not a notice's rule: an item's committee id must be one committee-service registered. */
    public static final String REGISTERED = "committees";

    private final CommitteeRepository committees;

    CommitteeDirectory(CommitteeRepository committees) {
        this.committees = committees;
    }

    /**
     * The committee item {@code index} (from 0) of a plan of {@code region} names: by {@code id} when the item gives
     * one, else the committee of that name whose territory is in the region's lineage (one code a prefix of the
     * other); empty when no registered committee has that name there.
     *
     * @throws org.zhicheng.starter.problem.ProblemException 422 {@code plan-item.committee-unknown} naming
     *         {@code items[index].committeeId} when the id is no registered committee
     */
    public Optional<KnownCommittee> ofItem(int index, UUID id, String name, String region) {
        if (id != null) {
            return Optional.of(committees.findById(id).orElseThrow(() -> Problems
                    .ruleViolated(UNKNOWN, REGISTERED, index + 1, id)
                    .withErrors(List.of(new FieldProblem("items[" + index + "].committeeId", UNKNOWN,
                            "no committee " + id + " is registered")))));
        }
        if (name == null || name.isBlank() || region == null) {
            return Optional.empty();
        }
        return committees.findByName(name, region);
    }

    /** The registered committees among {@code ids}, by id. */
    public Map<UUID, KnownCommittee> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return committees.findByIds(ids).stream()
                .collect(Collectors.toUnmodifiableMap(KnownCommittee::id, Function.identity()));
    }
}

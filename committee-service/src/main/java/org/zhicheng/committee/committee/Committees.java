package org.zhicheng.committee.committee;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.committee.domain.CommitteeKind;
import org.zhicheng.committee.committee.domain.WrongCommitteeState;
import org.zhicheng.starter.problem.Problems;

/** Finding committees by code, for this service's features (pools, meetings, draws). */
@Component
public class Committees {

    private final CommitteeRepository repository;

    Committees(CommitteeRepository repository) {
        this.repository = repository;
    }

    /** The committee with {@code code}; 404 {@code committee.not-found} when there is none. */
    @Transactional(readOnly = true)
    public Committee require(String code) {
        return repository.findByCode(code).orElseThrow(() -> Problems.notFound("committee", code));
    }

    /**
     * The committee with {@code code}, its row locked until the caller's transaction ends: changes of its pool (or its
     * meetings) then never interleave with a suspension. 404 when there is none.
     */
    @Transactional
    public Committee lock(String code) {
        return repository.lockByCode(code).orElseThrow(() -> Problems.notFound("committee", code));
    }

    /**
     * As {@link #lock}, for a caller that must not fail on an unknown code (an event naming a committee this service
     * does not know yet): empty when there is none.
     */
    @Transactional
    public Optional<Committee> lockIfKnown(String code) {
        return repository.lockByCode(code);
    }

    /** The codes of every committee of {@code kind}, in code order (e.g. the self-evaluating units to scan). */
    @Transactional(readOnly = true)
    public List<String> codesOfKind(CommitteeKind kind) {
        return repository.codesOfKind(kind);
    }

    /**
     * 409 {@code committee.wrong-state} (rule 001-四) unless the committee holds its evaluation rights: a suspended
     * committee does not {@code action} (plan a meeting, report one, …).
     */
    public static void requireActive(Committee committee, String action) {
        if (!committee.isActive()) {
            throw Problems.wrongState("committee", committee.status(), action, WrongCommitteeState.RULE);
        }
    }
}

package org.zhicheng.committee.expert;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.committee.CommitteeScope;
import org.zhicheng.committee.committee.Committees;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.committee.domain.CommitteeLevel;
import org.zhicheng.committee.expert.domain.EndReason;
import org.zhicheng.committee.expert.domain.Expert;
import org.zhicheng.committee.expert.domain.ExpertStatus;
import org.zhicheng.committee.expert.domain.PoolChange;
import org.zhicheng.committee.expert.domain.PoolChange.Addition;
import org.zhicheng.committee.expert.domain.PoolChange.Removal;
import org.zhicheng.committee.expert.domain.PoolComposition;
import org.zhicheng.committee.expert.domain.PoolMembership;
import org.zhicheng.committee.expert.domain.PoolRequest;
import org.zhicheng.committee.expert.domain.PoolRequestStatus;
import org.zhicheng.committee.expert.domain.PoolState;
import org.zhicheng.committee.expert.domain.Term;
import org.zhicheng.committee.expert.domain.TermAtMostThreeYears;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * A committee's pool (专家库): the office files change requests, the HR bureau covering the territory approves or
 * rejects them (000 三(一)); an approval applies all its changes in one transaction or none.
 */
@Service
class PoolService {

    /** Terms are business dates in Zhejiang. */
    private static final ZoneId ZHEJIANG = ZoneId.of("Asia/Shanghai");

    private final Committees committees;
    private final CommitteeScope scope;
    private final PoolRepository pools;
    private final ExpertRepository experts;
    private final PoolRuleProperties rules;
    private final Clock clock;

    PoolService(Committees committees, CommitteeScope scope, PoolRepository pools, ExpertRepository experts,
            PoolRuleProperties rules, Clock clock) {
        this.committees = committees;
        this.scope = scope;
        this.pools = pools;
        this.experts = experts;
        this.rules = rules;
        this.clock = clock;
    }

    /** What the office asks for, as sent: additions with their terms, removals with reasons. */
    record Changes(List<AddInput> add, List<RemoveInput> remove, String reason) {

        record AddInput(String expert, LocalDate termStart, LocalDate termEnd) {
        }

        record RemoveInput(String expert, String reason) {
        }
    }

    @Transactional
    PoolRequest file(String code, Changes input, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, "pool", Roles.COMMITTEE_OFFICE);
        Committee committee = committees.require(code);
        scope.requireOffice(user, committee);
        TermAtMostThreeYears termRule = rules.termRule();
        List<PoolChange> changes = new ArrayList<>();
        List<Changes.AddInput> additions = input.add() == null ? List.of() : input.add();
        for (int i = 0; i < additions.size(); i++) {
            Changes.AddInput add = additions.get(i);
            String field = "add[" + i + "].termEnd";
            Term term = ExpertProblems.translating(() -> termRule.check(add.termStart(), add.termEnd(), field));
            changes.add(new Addition(add.expert(), term));
        }
        (input.remove() == null ? List.<Changes.RemoveInput>of() : input.remove())
                .forEach(remove -> changes.add(new Removal(remove.expert(), remove.reason())));
        PoolState state = state(committee, changes, false);
        PoolRequest request = ExpertProblems.translating(() -> PoolRequest.file(UUID.randomUUID(), committee.id(),
                changes, input.reason(), state, user.actor(), clock.instant()));
        pools.insertRequest(request);
        return request;
    }

    /**
     * The HR bureau consents: the committee and the experts named are locked, every change is checked again against
     * the pool as it is now, then removals and additions are applied. Any refusal rolls everything back.
     */
    @Transactional
    PoolRequest approve(String code, UUID id, String reason, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, "pool", Roles.HR_BUREAU);
        Committee committee = committees.lock(code);
        scope.requireHr(user, committee);
        PoolRequest request = pools.findRequest(committee.id(), committee.code(), id, true)
                .orElseThrow(() -> Problems.notFound("pool-request", id));
        PoolState state = state(committee, request.changes(), true);
        ExpertProblems.translating(() -> request.approve(state, user.actor(), reason,
                clock.instant()));
        for (Removal removal : request.removals()) {
            pools.end(committee.id(), removal.expertId(), EndReason.REMOVED, removal.reason(), clock.instant());
        }
        for (Addition addition : request.additions()) {
            // an active membership still on the books here has run out (the request was checked): the new term
            // replaces it
            pools.end(committee.id(), addition.expertId(), EndReason.TERM_EXPIRED, "renewed by request " + id,
                    clock.instant());
            pools.insertMembership(new PoolMembership(UUID.randomUUID(), committee.id(), addition.expertId(),
                    addition.term(), null, request.id(), null, null, null));
        }
        pools.saveDecision(request);
        return request;
    }

    @Transactional
    PoolRequest reject(String code, UUID id, String reason, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, "pool", Roles.HR_BUREAU);
        Committee committee = committees.lock(code);
        scope.requireHr(user, committee);
        PoolRequest request = pools.findRequest(committee.id(), committee.code(), id, true)
                .orElseThrow(() -> Problems.notFound("pool-request", id));
        ExpertProblems.translating(() -> request.reject(user.actor(), reason, clock.instant()));
        pools.saveDecision(request);
        return request;
    }

    @Transactional(readOnly = true)
    List<PoolRequest> requests(String code, PoolRequestStatus status, ZhichengPrincipal user) {
        Committee committee = readable(code, user);
        return pools.requests(committee.id(), committee.code(), status);
    }

    @Transactional(readOnly = true)
    PoolRequest request(String code, UUID id, ZhichengPrincipal user) {
        Committee committee = readable(code, user);
        return pools.findRequest(committee.id(), committee.code(), id, false)
                .orElseThrow(() -> Problems.notFound("pool-request", id));
    }

    /** The pool as it stands: active memberships with their experts, and the composition check on {@code day}. */
    record Pool(Committee committee, LocalDate day, List<Member> members, PoolComposition composition) {

        record Member(PoolMembership membership, Expert expert, boolean serving) {
        }
    }

    @Transactional(readOnly = true)
    Pool pool(String code, LocalDate day, ZhichengPrincipal user) {
        Committee committee = readable(code, user);
        LocalDate on = day != null ? day : today();
        List<PoolMembership> memberships = pools.active(committee.id());
        Map<String, Expert> profiles = experts.findAll(memberships.stream().map(PoolMembership::expertId).toList());
        List<Pool.Member> members = memberships.stream()
                .map(membership -> new Pool.Member(membership, profiles.get(membership.expertId()),
                        membership.term().contains(on)))
                .toList();
        int serving = (int) members.stream().filter(Pool.Member::serving).count();
        PoolComposition composition = PoolComposition.of(serving, committee.level() == CommitteeLevel.SENIOR,
                committee.profile().specialties().size(), rules.minimums());
        return new Pool(committee, on, members, composition);
    }

    private Committee readable(String code, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, "pool", Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU);
        Committee committee = committees.require(code);
        scope.requireOfficeOrHr(user, committee);
        return committee;
    }

    private PoolState state(Committee committee, List<PoolChange> changes, boolean lock) {
        List<String> ids = changes.stream().map(PoolChange::expertId).distinct().toList();
        Map<String, Expert> named = lock ? experts.lock(ids) : experts.findAll(ids);
        Map<String, ExpertStatus> statuses = new HashMap<>();
        named.forEach((id, expert) -> statuses.put(id, expert.status()));
        Map<String, Term> members = new HashMap<>();
        pools.active(committee.id()).forEach(membership -> members.put(membership.expertId(), membership.term()));
        return new PoolState(committee.code(), committee.isActive(), statuses, members, today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZHEJIANG));
    }
}

package org.zhicheng.committee.expert.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhicheng.committee.expert.domain.PoolChange.Addition;
import org.zhicheng.committee.expert.domain.PoolChange.Removal;

class PoolRequestTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final Instant NOW = Instant.parse("2025-06-01T02:00:00Z");
    static final Term TERM = new Term(TODAY, TODAY.plusYears(3).minusDays(1));

    static PoolState pool(Map<String, ExpertStatus> experts, Map<String, Term> members) {
        return new PoolState("SY-ENG-MID", true, experts, members, TODAY);
    }

    static PoolRequest file(List<PoolChange> changes, PoolState state) {
        return PoolRequest.file(UUID.randomUUID(), UUID.randomUUID(), changes, "换届", state, "office.sy", NOW);
    }

    static Refusal refusal(Runnable call) {
        try {
            call.run();
        } catch (Refusal refusal) {
            return refusal;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aFiledRequestIsPendingUntilTheBureauDecides() {
        PoolRequest request = file(List.of(new Addition("E1", TERM)), pool(Map.of("E1", ExpertStatus.ACTIVE),
                Map.of()));
        assertThat(request.status()).isEqualTo(PoolRequestStatus.PENDING);

        request.approve(pool(Map.of("E1", ExpertStatus.ACTIVE), Map.of()), "hr.sy", null, NOW);
        assertThat(request.status()).isEqualTo(PoolRequestStatus.APPROVED);
        assertThat(request.decidedBy()).isEqualTo("hr.sy");
        Refusal again = refusal(() -> request.reject("hr.sy", "no", NOW));
        assertThat(again.kind()).isEqualTo(Refusal.Kind.WRONG_STATE);
        assertThat(again.code()).isEqualTo("pool-request");
    }

    @Test
    void refusesAnEmptyRequestAndAnExpertAddedTwice() {
        assertThat(refusal(() -> file(List.of(), pool(Map.of(), Map.of()))).code()).isEqualTo("pool-request.empty");
        Refusal twice = refusal(() -> file(List.of(new Addition("E1", TERM), new Addition("E1", TERM)),
                pool(Map.of("E1", ExpertStatus.ACTIVE), Map.of())));
        assertThat(twice.code()).isEqualTo("pool-request.expert-repeated");
        assertThat(twice.field()).isEqualTo("add[1]");
    }

    @Test
    void refusesADisqualifiedExpertNamingTheRule() {
        Refusal refused = refusal(() -> file(List.of(new Addition("E1", TERM)),
                pool(Map.of("E1", ExpertStatus.DISQUALIFIED), Map.of())));
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.RULE);
        assertThat(refused.code()).isEqualTo("pool.expert-disqualified");
        assertThat(refused.rule()).isEqualTo("000-三(一)");
    }

    @Test
    void refusesAnExpertServingAlreadyButRenewsATermThatRanOut() {
        Map<String, ExpertStatus> experts = Map.of("E1", ExpertStatus.ACTIVE);
        Refusal serving = refusal(() -> file(List.of(new Addition("E1", TERM)), pool(experts, Map.of("E1", TERM))));
        assertThat(serving.code()).isEqualTo("pool.already-member");

        Term ranOut = new Term(TODAY.minusYears(3), TODAY.minusDays(1));
        assertThat(file(List.of(new Addition("E1", TERM)), pool(experts, Map.of("E1", ranOut))).status())
                .isEqualTo(PoolRequestStatus.PENDING);
    }

    @Test
    void removingAndAddingOneExpertChangesTheTerm() {
        PoolRequest change = file(List.of(new Removal("E1", "调整任期"), new Addition("E1", TERM)),
                pool(Map.of("E1", ExpertStatus.ACTIVE), Map.of("E1", new Term(TODAY.minusYears(1), TODAY))));
        assertThat(change.removals()).hasSize(1);
        assertThat(change.additions()).hasSize(1);
    }

    @Test
    void refusesRemovingSomeoneNotInThePoolAndUnknownExperts() {
        Refusal notMember = refusal(() -> file(List.of(new Removal("E1", "x")),
                pool(Map.of("E1", ExpertStatus.ACTIVE), Map.of())));
        assertThat(notMember.code()).isEqualTo("pool.not-member");
        assertThat(notMember.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        Refusal unknown = refusal(() -> file(List.of(new Addition("E9", TERM)), pool(Map.of(), Map.of())));
        assertThat(unknown.code()).isEqualTo("pool.unknown-expert");
        assertThat(unknown.field()).isEqualTo("add[0]");
    }

    @Test
    void aSuspendedCommitteeChangesNoPool() {
        PoolState suspended = new PoolState("SY-ENG-MID", false, Map.of("E1", ExpertStatus.ACTIVE), Map.of(), TODAY);
        Refusal refused = refusal(() -> file(List.of(new Addition("E1", TERM)), suspended));
        assertThat(refused.kind()).isEqualTo(Refusal.Kind.WRONG_STATE);
        assertThat(refused.code()).isEqualTo("committee");
        assertThat(refused.rule()).isEqualTo("001-四");
    }

    @Test
    void approvalChecksThePoolAgainAndChangesNothingWhenRefused() {
        PoolRequest request = file(List.of(new Addition("E1", TERM), new Addition("E2", TERM)),
                pool(Map.of("E1", ExpertStatus.ACTIVE, "E2", ExpertStatus.ACTIVE), Map.of()));

        Refusal refused = refusal(() -> request.approve(
                pool(Map.of("E1", ExpertStatus.ACTIVE, "E2", ExpertStatus.DISQUALIFIED), Map.of()), "hr.sy", null,
                NOW));
        assertThat(refused.code()).isEqualTo("pool.expert-disqualified");
        assertThat(refused.field()).isEqualTo("add[1]");
        assertThat(request.status()).isEqualTo(PoolRequestStatus.PENDING);
    }
}

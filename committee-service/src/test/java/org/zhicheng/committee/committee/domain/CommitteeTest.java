package org.zhicheng.committee.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CommitteeTest {

    static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");

    static CommitteeProfile engineering(String name) {
        return new CommitteeProfile(name, CommitteeLevel.INTERMEDIATE, CommitteeKind.REGULAR, "ENGINEERING",
                List.of("机电制造", "信息技术"), List.of("ENGINEER"), List.of("SENIOR_ENGINEER"), "330604",
                "上虞区人力社保局", "上虞区职称办");
    }

    static Committee registered() {
        return Committee.register(UUID.randomUUID(), "SY-ENG-MID", engineering("上虞区工程系列中级评委会"), "hr.sy", T0);
    }

    @Test
    void aNewCommitteeIsActiveWithoutHistory() {
        Committee committee = registered();
        assertThat(committee.status()).isEqualTo(CommitteeStatus.ACTIVE);
        assertThat(committee.history()).isEmpty();
    }

    @Test
    void suspendsOnlyAnActiveCommitteeAndRecordsWhoWhenWhy() {
        Committee committee = registered();
        RightsChange change = committee.suspend("投诉较多，整改无明显改善", "hr.sy", T0.plusSeconds(60));

        assertThat(committee.status()).isEqualTo(CommitteeStatus.SUSPENDED);
        assertThat(change.from()).isEqualTo(CommitteeStatus.ACTIVE);
        assertThat(change.to()).isEqualTo(CommitteeStatus.SUSPENDED);
        assertThat(committee.history()).containsExactly(change);
        assertThatThrownBy(() -> committee.suspend("again", "hr.sy", T0))
                .isInstanceOfSatisfying(WrongCommitteeState.class, refused -> {
                    assertThat(refused.current()).isEqualTo(CommitteeStatus.SUSPENDED);
                    assertThat(refused.attempted()).isEqualTo(RightsAction.SUSPEND);
                });
        assertThat(committee.history()).hasSize(1);
    }

    @Test
    void reinstatesOnlyASuspendedCommittee() {
        Committee committee = registered();
        assertThatThrownBy(() -> committee.reinstate("not suspended", "hr.sy", T0))
                .isInstanceOf(WrongCommitteeState.class);

        committee.suspend("整改", "hr.sy", T0);
        committee.reinstate("整改完成", "hr.sy", T0.plusSeconds(3600));

        assertThat(committee.isActive()).isTrue();
        assertThat(committee.history()).extracting(RightsChange::action)
                .containsExactly(RightsAction.SUSPEND, RightsAction.REINSTATE);
    }

    @Test
    void theSameCommitteeIsRecognisedWhateverTheOrderOfItsLists() {
        CommitteeProfile first = engineering("上虞区工程系列中级评委会");
        CommitteeProfile reordered = new CommitteeProfile(" 上虞区工程系列中级评委会 ", CommitteeLevel.INTERMEDIATE,
                CommitteeKind.REGULAR, "ENGINEERING", List.of("信息技术", "机电制造"), List.of("ENGINEER"),
                List.of("SENIOR_ENGINEER"), "330604", "上虞区人力社保局", "上虞区职称办");
        CommitteeProfile senior = new CommitteeProfile("上虞区工程系列中级评委会", CommitteeLevel.SENIOR,
                CommitteeKind.REGULAR, "ENGINEERING", first.specialties(), first.evaluatedTitles(),
                first.recommendedTitles(), "330604", "上虞区人力社保局", "上虞区职称办");

        assertThat(first.sameAs(reordered)).isTrue();
        assertThat(first.sameAs(senior)).isFalse();
    }

    @Test
    void refusesATitleBothEvaluatedAndRecommended() {
        assertThatThrownBy(() -> new CommitteeProfile("x", CommitteeLevel.SENIOR, CommitteeKind.REGULAR,
                "ENGINEERING", List.of(), List.of("SENIOR_ENGINEER"), List.of("SENIOR_ENGINEER"), "330604", null,
                null))
                .isInstanceOfSatisfying(CommitteeInputRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("committee.title-evaluated-and-recommended");
                    assertThat(rejected.field()).isEqualTo("recommendedTitles");
                });
    }
}

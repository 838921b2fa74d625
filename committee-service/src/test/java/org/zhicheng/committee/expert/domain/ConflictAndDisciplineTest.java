package org.zhicheng.committee.expert.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ConflictAndDisciplineTest {

    static final Instant NOW = Instant.parse("2025-06-01T02:00:00Z");

    @Test
    void aConflictNamesExactlyOnePersonOrUnit() {
        assertThatThrownBy(() -> Conflict.record(UUID.randomUUID(), "E1", ConflictType.RELATIVE,
                ConflictSource.DECLARED, "张三", "SY-U001", null, null, "expert", NOW))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("conflict.person-or-unit"));
        assertThatThrownBy(() -> Conflict.record(UUID.randomUUID(), "E1", ConflictType.OTHER,
                ConflictSource.DECLARED, " ", null, null, null, "expert", NOW))
                .isInstanceOf(Refusal.class);
        assertThat(Conflict.record(UUID.randomUUID(), "E1", ConflictType.RELATIVE, ConflictSource.DECLARED, "张三",
                null, "表兄", null, "expert", NOW).inForce()).isTrue();
    }

    @Test
    void aSameUnitConflictNamesTheUnit() {
        assertThatThrownBy(() -> Conflict.record(UUID.randomUUID(), "E1", ConflictType.SAME_UNIT,
                ConflictSource.PINNED, "张三", null, null, "SY-ENG-MID", "office", NOW))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("conflict.same-unit-needs-unit"));
    }

    @Test
    void aConflictIsWithdrawnOnceWithTimeAndReason() {
        Conflict conflict = Conflict.record(UUID.randomUUID(), "E1", ConflictType.COLLABORATOR,
                ConflictSource.DECLARED, null, "浙江大学", null, null, "expert", NOW);
        Conflict withdrawn = conflict.withdraw("expert", "合作已结束", NOW.plusSeconds(10));

        assertThat(withdrawn.inForce()).isFalse();
        assertThat(withdrawn.withdrawnAt()).isEqualTo(NOW.plusSeconds(10));
        assertThatThrownBy(() -> withdrawn.withdraw("expert", "again", NOW))
                .isInstanceOfSatisfying(Refusal.class,
                        refusal -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.WRONG_STATE));
    }

    @Test
    void aDisciplinedExpertIsDisqualifiedOnce() {
        Expert expert = new Expert("E1", "李四", "高级工程师", TitleLevel.DEPUTY_SENIOR, "ENGINEERING", "机电制造",
                "SY-U002", "330604", null, null, ExpertStatus.ACTIVE, "hr.sy", NOW);
        Expert disqualified = expert.disqualify();

        assertThat(disqualified.status()).isEqualTo(ExpertStatus.DISQUALIFIED);
        assertThatThrownBy(disqualified::disqualify)
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.code()).isEqualTo("expert"));
    }

    @Test
    void seniorCommitteesReportTheMinimumBySeriesOrSpecialty() {
        PoolComposition.Minimums minimums = new PoolComposition.Minimums(25, 11);

        PoolComposition bySeries = PoolComposition.of(24, true, 3, minimums);
        assertThat(bySeries.basis()).isEqualTo(PoolComposition.Basis.SERIES);
        assertThat(bySeries.meetsMinimum()).isFalse();
        assertThat(bySeries.odd()).isFalse();

        PoolComposition bySpecialty = PoolComposition.of(11, true, 1, minimums);
        assertThat(bySpecialty.basis()).isEqualTo(PoolComposition.Basis.SPECIALTY);
        assertThat(bySpecialty.meetsMinimum()).isTrue();
        assertThat(bySpecialty.odd()).isTrue();

        PoolComposition intermediate = PoolComposition.of(4, false, 1, minimums);
        assertThat(intermediate.minimum()).isNull();
        assertThat(intermediate.meetsMinimum()).isNull();
    }
}

package org.zhicheng.committee.ballot.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.zhicheng.starter.problem.RuleRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** MOHRSS order 40: 3 × present ≥ 2 × panel before any ballot. */
class QuorumTest {

    private final Quorum quorum = Quorum.TWO_THIRDS;

    @ParameterizedTest(name = "panel {0}: {1} present meet the quorum, {2} do not")
    @CsvSource({ "9, 6, 5", "7, 5, 4", "5, 4, 3", "11, 8, 7", "3, 2, 1" })
    void twoThirdsOfThePanelMustBePresentAndOneShortIsRefused(int panel, int enough, int oneShort) {
        assertThat(quorum.minimumPresent(panel)).isEqualTo(enough);
        assertThat(quorum.isMet(panel, enough)).isTrue();
        quorum.check(panel, enough);
        assertThat(quorum.isMet(panel, oneShort)).isFalse();
        assertThatExceptionOfType(RuleRefused.class).isThrownBy(() -> quorum.check(panel, oneShort))
            .satisfies(refused -> {
                assertThat(refused.code()).isEqualTo("ballot.quorum");
                assertThat(refused.rule()).isEqualTo("MOHRSS-40");
                assertThat(refused.arguments()).containsExactly(oneShort, panel, enough);
            });
    }

    @Test
    void aPanelFullyPresentMeetsTheQuorum() {
        assertThat(quorum.isMet(9, 9)).isTrue();
    }

    @Test
    void theFractionIsConfigurable() {
        Quorum half = new Quorum(1, 2);

        assertThat(half.isMet(10, 5)).isTrue();
        assertThat(half.isMet(9, 4)).isFalse();
        assertThat(half.minimumPresent(9)).isEqualTo(5);
    }

    @Test
    void nonsensicalFractionsAndCountsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Quorum(0, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new Quorum(4, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> quorum.isMet(5, 6));
        assertThatIllegalArgumentException().isThrownBy(() -> quorum.isMet(0, 0));
    }
}

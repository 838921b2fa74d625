package org.zhicheng.committee.ballot.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhicheng.committee.meeting.domain.ApplicationOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** 002 一(四): an application passes when 3 × agree ≥ 2 × attending. */
class PassThresholdTest {

    private final PassThreshold threshold = PassThreshold.TWO_THIRDS;

    @ParameterizedTest(name = "{0} attending: {1} agree pass, {2} agree fail")
    @CsvSource({ "5, 4, 3", "7, 5, 4", "9, 6, 5", "11, 8, 7" })
    void passesWhenTwoThirdsOfAttendingApproveAndFailsOneVoteShort(int attending, int passing, int failing) {
        assertThat(threshold.passes(passing, attending)).isTrue();
        assertThat(threshold.passes(failing, attending)).isFalse();
        assertThat(threshold.minimumAgree(attending)).isEqualTo(passing);
    }

    @Test
    void exactlyTwoThirdsPasses() {
        // 3 × 6 = 18 ≥ 2 × 9 = 18: "2/3 以上" includes two thirds
        assertThat(threshold.passes(6, 9)).isTrue();
        assertThat(threshold.passes(4, 6)).isTrue();
    }

    @Test
    void unanimityPassesAndNoApprovalFails() {
        assertThat(threshold.passes(11, 11)).isTrue();
        assertThat(threshold.passes(0, 11)).isFalse();
    }

    @Test
    void abstentionsAndMissingBallotsCountAsNotAgreeing() {
        // 7 attending, 4 agree and 3 abstain: 12 < 14
        assertThat(threshold.outcome(new Tally(4, 0, 3), 7)).isEqualTo(ApplicationOutcome.FAILED);
        // 7 attending, 5 agree, 2 did not vote: 15 ≥ 14
        assertThat(threshold.outcome(new Tally(5, 0, 0), 7)).isEqualTo(ApplicationOutcome.PASSED);
        // 9 attending, 5 agree, nobody against, 4 did not vote: 15 < 18
        assertThat(threshold.outcome(new Tally(5, 0, 0), 9)).isEqualTo(ApplicationOutcome.FAILED);
    }

    @Test
    void anApplicationWithoutBallotsIsNotVoted() {
        assertThat(threshold.outcome(Tally.EMPTY, 7)).isEqualTo(ApplicationOutcome.NOT_VOTED);
    }

    @Test
    void theFractionIsConfigurable() {
        PassThreshold half = new PassThreshold(1, 2);

        assertThat(half.passes(3, 6)).isTrue();
        assertThat(half.passes(2, 5)).isFalse();
    }

    @Test
    void moreApprovalsThanAttendingIsAnError() {
        assertThatIllegalArgumentException().isThrownBy(() -> threshold.passes(6, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> threshold.passes(0, 0));
    }
}

package org.zhicheng.committee.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CommitmentTest {

    private final DrawConstraints constraints = DrawConstraints.of("M-1", Set.of("水利工程", "土木工程"),
            Set.of("FULL_SENIOR", "DEPUTY_SENIOR"), 5, 2);
    private final String seedHash = DrawFixtures.seed("c").hash();

    @Test
    void writesTheCanonicalTextLineByLineWithSortedConstraints() {
        Commitment commitment = new Commitment(constraints, 0, null, 2, List.of("bb", "aa"), seedHash);

        assertThat(commitment.text()).isEqualTo("""
                zhicheng-panel-draw/1
                meeting:M-1
                round:0
                previous:none
                specialty:土木工程
                specialty:水利工程
                titleLevel:DEPUTY_SENIOR
                titleLevel:FULL_SENIOR
                panelSize:5
                alternates:2
                count:2
                pool:2
                candidate:bb
                candidate:aa
                seedHash:%s
                """.formatted(seedHash));
    }

    @Test
    void verifiesOnlyItsOwnHash() {
        Commitment commitment = new Commitment(constraints, 0, null, 2, List.of("aa", "bb"), seedHash);
        Commitment reordered = new Commitment(constraints, 0, null, 2, List.of("bb", "aa"), seedHash);

        assertThat(commitment.verify(commitment.hash())).isTrue();
        assertThat(reordered.verify(commitment.hash())).isFalse();
        assertThat(commitment.hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void chainsTopUpRoundsToThePreviousCommitment() {
        String previous = new Commitment(constraints, 0, null, 2, List.of("aa"), seedHash).hash();

        assertThat(new Commitment(constraints, 1, previous, 1, List.of("aa"), seedHash).text())
                .contains("round:1\nprevious:" + previous + "\n");
        assertThatThrownBy(() -> new Commitment(constraints, 1, null, 1, List.of(), seedHash))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Commitment(constraints, 0, null, 1, List.of(), "not-a-hash"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constraintsRefuseValuesThatWouldBreakTheLines() {
        assertThatThrownBy(() -> DrawConstraints.of("M-1\nround:7", Set.of("x"), Set.of("y"), 5, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

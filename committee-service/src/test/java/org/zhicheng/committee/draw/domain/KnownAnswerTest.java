package org.zhicheng.committee.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.draw.domain.DrawFixtures.LEVEL;
import static org.zhicheng.committee.draw.domain.DrawFixtures.RULES;
import static org.zhicheng.committee.draw.domain.DrawFixtures.SPECIALTY;
import static org.zhicheng.committee.draw.domain.DrawFixtures.at;
import static org.zhicheng.committee.draw.domain.DrawFixtures.experts;
import static org.zhicheng.committee.draw.domain.DrawFixtures.salt;
import static org.zhicheng.committee.draw.domain.DrawFixtures.seed;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Pins the algorithm to answers computed once by an independent implementation of
 * {@code docs/api/committee-draw-algorithm.md} (a short Python script): the same inputs give the same commitment and
 * the same panel in every run, on every machine and after every restart. A failure here means the algorithm changed;
 * published draws could then no longer be replayed, so a change needs a new version line, not new numbers here.
 */
class KnownAnswerTest {

    private static final String SEED_HASH = "d3a60b39df38ce825ec2f88986ad026bd862cc87b38fd2fe2162c05bd6cf4597";
    private static final String COMMITMENT = "5be96960c4f3e3a040c0be254eca4bc0a26c91281593a3c34fe39e58ef48dd14";

    private PanelDraw kat() {
        DrawConstraints constraints = DrawConstraints.of("M-KAT", Set.of(SPECIALTY), Set.of(LEVEL), 5, 2);
        EligiblePool pool = new Eligibility().assess(constraints, experts(20).reversed(), List.of());
        PanelDraw draw = PanelDraw.commit(pool, salt("kat"), seed("kat"), RULES, at(0));
        draw.draw(at(1));
        return draw;
    }

    @Test
    void drawsThePinnedPanelFromThePinnedSeed() {
        PanelDraw draw = kat();

        assertThat(draw.rounds().getFirst().seedHash()).isEqualTo(SEED_HASH);
        assertThat(draw.rounds().getFirst().commitment()).isEqualTo(COMMITMENT);
        assertThat(draw.initialPanel()).containsExactly("E-0001", "E-0014", "E-0006", "E-0002", "E-0003");
        assertThat(draw.initialAlternates()).containsExactly("E-0008", "E-0015");
    }

    @Test
    void replaysThePinnedPanelFromThePublishedRecord() {
        Replay replay = DrawReplay.replay(kat().published());

        assertThat(replay.verified()).isTrue();
        assertThat(replay.commitments()).containsExactly(COMMITMENT);
        assertThat(replay.initialPanel()).containsExactly(
                "5392b3a5dbc7c3c6029c82099a52969e8d996422ad342e9e75475a6e9e7f444d",
                "ab35518a56166f8fd21faac1598a7080baa338eba67afaad00914e5be7f2a627",
                "264328e5898fea30a134f6a08cf1691d2d6a4e8cbe97bafa4d9aa94639cc7ff9",
                "a101a32f1d2d67f6673365f06c3370ea508d3a73a8af88315e93357ec0d95a39",
                "7b0ba0a5a99f1292fb2162b6f119e569274fdb5eb022bc0881278873db71d220");
    }

    @Test
    void streamsThePinnedIntegers() {
        SeedStream stream = new SeedStream(seed("kat"));

        assertThat(List.of(stream.nextUnsignedInt(), stream.nextUnsignedInt(), stream.nextUnsignedInt()))
                .containsExactly(4233818140L, 1225953960L, 2415434529L);
    }
}

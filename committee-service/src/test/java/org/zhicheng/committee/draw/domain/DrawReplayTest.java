package org.zhicheng.committee.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.draw.domain.DrawFixtures.RULES;
import static org.zhicheng.committee.draw.domain.DrawFixtures.at;
import static org.zhicheng.committee.draw.domain.DrawFixtures.drawn;
import static org.zhicheng.committee.draw.domain.DrawFixtures.expert;
import static org.zhicheng.committee.draw.domain.DrawFixtures.pool;
import static org.zhicheng.committee.draw.domain.DrawFixtures.salt;
import static org.zhicheng.committee.draw.domain.DrawFixtures.seed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class DrawReplayTest {

    /** Panel of 5 with one alternate from 9: two declines, an emergency pick, a third decline and a top-up. */
    private PanelDraw eventful() {
        PanelDraw draw = drawn(9, 5, 1, "replay");
        List<String> panel = draw.initialPanel();
        draw.confirm(panel.get(4), at(2));
        draw.decline(panel.get(0), "ill", at(3));
        draw.decline(panel.get(1), "abroad", at(4));
        draw.emergencyPick(expert("E-NAMED"), "HR-2024-17", RULES, at(5));
        draw.decline(panel.get(2), null, at(6));
        draw.commitTopUp(seed("top-up"), RULES, at(7));
        draw.draw(at(8));
        return draw;
    }

    @Test
    void anyoneObtainsTheIdenticalPanelFromThePublishedRecord() {
        PanelDraw draw = eventful();

        Replay replay = DrawReplay.replay(draw.published());

        assertThat(replay.verified()).as(replay.failure()).isTrue();
        assertThat(replay.failure()).isNull();
        assertThat(replay.initialPanel()).containsExactlyElementsOf(pseudonyms(draw, draw.initialPanel()));
        assertThat(replay.initialAlternates()).containsExactlyElementsOf(pseudonyms(draw, draw.initialAlternates()));
        assertThat(replay.seats()).containsExactlyElementsOf(draw.seats().stream()
                .map(seat -> new Seat(seat.number(), draw.pseudonymOf(seat.expert()), seat.status(), seat.emergency()))
                .toList());
        assertThat(replay.commitments()).containsExactlyElementsOf(
                draw.rounds().stream().map(DrawRound::commitment).toList());
        assertThat(replay.alternateShortfall()).isZero();
    }

    @Test
    void replaysACommittedDrawBeforeItsDrawing() {
        PanelDraw draw = PanelDraw.commit(pool(12, 5, 2), salt("s"), seed("s"), RULES, at(0));

        Replay replay = DrawReplay.replay(draw.published());

        assertThat(replay.verified()).isTrue();
        assertThat(replay.seats()).isEmpty();
    }

    @Test
    void detectsAReorderedPool() {
        PublishedDraw published = eventful().published();
        List<String> reordered = new ArrayList<>(published.pool());
        Collections.swap(reordered, 0, 1);

        Replay replay = DrawReplay.replay(new PublishedDraw(published.constraints(), reordered, published.rounds(),
                published.steps()));

        assertThat(replay.verified()).isFalse();
        assertThat(replay.failure()).contains("round 0", "commitment does not match");
    }

    @Test
    void detectsAChangedConstraint() {
        PublishedDraw published = eventful().published();
        DrawConstraints other = DrawConstraints.of(published.constraints().meetingId(),
                published.constraints().specialties(), java.util.Set.of("FULL_SENIOR"), 5, 1);

        Replay replay = DrawReplay.replay(new PublishedDraw(other, published.pool(), published.rounds(),
                published.steps()));

        assertThat(replay.failure()).contains("commitment does not match");
    }

    @Test
    void detectsAChangedSeed() {
        PublishedDraw published = eventful().published();
        List<DrawRound> rounds = new ArrayList<>(published.rounds());
        DrawRound first = rounds.getFirst();
        rounds.set(0, new DrawRound(0, null, first.count(), first.seedHash(), first.commitment(), first.committedAt(),
                seed("another"), first.drawnAt()));

        Replay replay = DrawReplay.replay(withRounds(published, rounds));

        assertThat(replay.verified()).isFalse();
        assertThat(replay.failure()).contains("round 0", "seed does not match");
    }

    @Test
    void detectsAChangedSeedWithItsHash() {
        PublishedDraw published = eventful().published();
        List<DrawRound> rounds = new ArrayList<>(published.rounds());
        DrawRound first = rounds.getFirst();
        rounds.set(0, new DrawRound(0, null, first.count(), seed("another").hash(), first.commitment(),
                first.committedAt(), seed("another"), first.drawnAt()));

        assertThat(DrawReplay.replay(withRounds(published, rounds)).failure()).contains("commitment does not match");
    }

    @Test
    void detectsATopUpCommittedOverAnotherPoolOrChain() {
        PublishedDraw published = eventful().published();
        List<DrawRound> rounds = new ArrayList<>(published.rounds());
        DrawRound topUp = rounds.get(1);
        // a commitment over the whole pool, as if nobody had been drawn before
        String forged = new Commitment(published.constraints(), 1, topUp.previous(), 1, published.pool(),
                topUp.seedHash()).hash();
        rounds.set(1, new DrawRound(1, topUp.previous(), 1, topUp.seedHash(), forged, topUp.committedAt(),
                topUp.seed(), topUp.drawnAt()));

        assertThat(DrawReplay.replay(withRounds(published, rounds)).failure()).contains("round 1",
                "commitment does not match");
    }

    @Test
    void detectsASkippedAlternate() {
        PublishedDraw published = eventful().published();
        List<DrawStep> steps = new ArrayList<>(published.steps());
        int promoted = indexOf(steps, DrawStepType.ALTERNATE_PROMOTED);
        steps.remove(promoted);

        Replay replay = DrawReplay.replay(withSteps(published, steps));

        assertThat(replay.verified()).isFalse();
        assertThat(replay.failure()).contains("step " + (promoted + 1));
    }

    @Test
    void detectsAnEmergencyPickInPlaceOfTheNextAlternate() {
        PublishedDraw published = eventful().published();
        List<DrawStep> steps = new ArrayList<>(published.steps());
        int promoted = indexOf(steps, DrawStepType.ALTERNATE_PROMOTED);
        DrawStep original = steps.get(promoted);
        steps.set(promoted, new DrawStep(original.sequence(), DrawStepType.EMERGENCY_PICKED, original.at(), null,
                original.seat(), "f".repeat(64), "HR-1"));

        Replay replay = DrawReplay.replay(withSteps(published, steps));

        assertThat(replay.failure()).contains("step " + (promoted + 1), "ALTERNATE_PROMOTED");
    }

    @Test
    void detectsAConfirmationBySomeoneNotOnThePanel() {
        PublishedDraw published = eventful().published();
        List<DrawStep> steps = new ArrayList<>(published.steps());
        DrawStep confirmed = steps.get(2);
        steps.set(2, new DrawStep(3, DrawStepType.CONFIRMED, confirmed.at(), null, confirmed.seat(),
                "0".repeat(64), null));

        assertThat(DrawReplay.replay(withSteps(published, steps)).failure()).contains("step 3", "NOT_ON_PANEL");
    }

    @Test
    void detectsACommitmentRecordedAfterTheDrawing() {
        PublishedDraw published = drawn(12, 5, 2, "late").published();
        List<DrawStep> steps = new ArrayList<>(published.steps());
        List<DrawRound> rounds = new ArrayList<>(published.rounds());
        DrawRound first = rounds.getFirst();
        steps.set(0, new DrawStep(1, DrawStepType.COMMITTED, at(5), 0, null, null, null));
        rounds.set(0, new DrawRound(0, null, first.count(), first.seedHash(), first.commitment(), at(5), first.seed(),
                first.drawnAt()));

        Replay replay = DrawReplay.replay(new PublishedDraw(published.constraints(), published.pool(), rounds, steps));

        assertThat(replay.failure()).contains("step 2", "cannot follow");
    }

    @Test
    void detectsADrawnRoundWithoutItsSeed() {
        PublishedDraw published = drawn(12, 5, 2, "hidden").published();
        DrawRound first = published.rounds().getFirst();
        List<DrawRound> rounds = List.of(new DrawRound(0, null, first.count(), first.seedHash(), first.commitment(),
                first.committedAt(), null, null));

        assertThat(DrawReplay.replay(withRounds(published, rounds)).failure()).contains("seed is not revealed");
    }

    @Test
    void auditorsWithTheSaltCheckWhoThePseudonymsAre() {
        PanelDraw draw = drawn(12, 5, 2, "audit");
        PublishedDraw published = draw.published();
        List<String> ids = new ArrayList<>(draw.pool().expertIds());
        Collections.reverse(ids);

        assertThat(DrawReplay.checkIdentities(published, draw.salt(), ids)).isEmpty();
        assertThat(DrawReplay.checkIdentities(published, salt("other"), ids)).get().asString()
                .contains("pool entry 1");
        assertThat(DrawReplay.checkIdentities(published, draw.salt(), ids.subList(1, ids.size()))).isPresent();
    }

    private static List<String> pseudonyms(PanelDraw draw, List<String> ids) {
        return ids.stream().map(draw::pseudonymOf).toList();
    }

    private static int indexOf(List<DrawStep> steps, DrawStepType type) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).type() == type) {
                return i;
            }
        }
        throw new AssertionError("no " + type);
    }

    private static PublishedDraw withRounds(PublishedDraw published, List<DrawRound> rounds) {
        return new PublishedDraw(published.constraints(), published.pool(), rounds, published.steps());
    }

    private static PublishedDraw withSteps(PublishedDraw published, List<DrawStep> steps) {
        return new PublishedDraw(published.constraints(), published.pool(), published.rounds(), steps);
    }
}

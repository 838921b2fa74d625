package org.zhicheng.committee.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhicheng.committee.draw.domain.DrawFixtures.LEVEL;
import static org.zhicheng.committee.draw.domain.DrawFixtures.RULES;
import static org.zhicheng.committee.draw.domain.DrawFixtures.SPECIALTY;
import static org.zhicheng.committee.draw.domain.DrawFixtures.at;
import static org.zhicheng.committee.draw.domain.DrawFixtures.constraints;
import static org.zhicheng.committee.draw.domain.DrawFixtures.drawn;
import static org.zhicheng.committee.draw.domain.DrawFixtures.expert;
import static org.zhicheng.committee.draw.domain.DrawFixtures.pool;
import static org.zhicheng.committee.draw.domain.DrawFixtures.salt;
import static org.zhicheng.committee.draw.domain.DrawFixtures.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PanelDrawTest {

    @Test
    void commitsToThePoolAndSeedBeforeDrawing() {
        PanelDraw draw = PanelDraw.commit(pool(12, 5, 2), salt("s"), seed("s"), RULES, at(0));

        assertThat(draw.status()).isEqualTo(DrawStatus.COMMITTED);
        assertThat(draw.seats()).isEmpty();
        assertThat(draw.steps()).extracting(DrawStep::type).containsExactly(DrawStepType.COMMITTED);
        DrawRound round = draw.published().rounds().getFirst();
        assertThat(round.seed()).as("the seed stays secret until the drawing").isNull();
        assertThat(round.seedHash()).isEqualTo(seed("s").hash());
        assertThat(new Commitment(draw.constraints(), 0, null, 7, draw.published().pool(), round.seedHash())
                .verify(round.commitment())).isTrue();
    }

    @Test
    void drawsThePanelAndItsAlternatesFromTheEligiblePool() {
        PanelDraw draw = drawn(12, 5, 2, "s");

        assertThat(draw.status()).isEqualTo(DrawStatus.DRAWN);
        assertThat(draw.initialPanel()).hasSize(5);
        assertThat(draw.initialAlternates()).hasSize(2);
        Set<String> drawn = new HashSet<>(draw.initialPanel());
        drawn.addAll(draw.initialAlternates());
        assertThat(drawn).hasSize(7).isSubsetOf(draw.pool().expertIds());
        assertThat(draw.seats()).extracting(Seat::expert).containsExactlyElementsOf(draw.initialPanel());
        assertThat(draw.seats()).extracting(Seat::status).containsOnly(SeatStatus.AWAITING);
        assertThat(draw.published().rounds().getFirst().seed()).isEqualTo(seed("s"));
        assertThat(draw.steps()).extracting(DrawStep::type)
                .containsExactly(DrawStepType.COMMITTED, DrawStepType.DRAWN);
    }

    @Test
    void theSameSeedDrawsTheSamePanelAndAnotherSeedAnother() {
        assertThat(drawn(30, 7, 2, "one").initialPanel()).isEqualTo(drawn(30, 7, 2, "one").initialPanel());
        assertThat(drawn(30, 7, 2, "one").initialPanel()).isNotEqualTo(drawn(30, 7, 2, "two").initialPanel());
    }

    @Test
    void drawsFromAPoolOfExactlyThePanelSize() {
        PanelDraw draw = drawn(5, 5, 2, "s");

        assertThat(draw.initialPanel()).containsExactlyInAnyOrderElementsOf(draw.pool().expertIds());
        assertThat(draw.initialAlternates()).isEmpty();
        assertThat(draw.alternateShortfall()).isEqualTo(2);
    }

    @Test
    void drawsAlternatesAsFarAsThePoolAllows() {
        PanelDraw draw = drawn(6, 5, 2, "s");

        assertThat(draw.initialAlternates()).hasSize(1);
        assertThat(draw.alternateShortfall()).isEqualTo(1);
    }

    @Test
    void refusesAPoolOneShortOfThePanelAndCommitsNothing() {
        assertThatThrownBy(() -> PanelDraw.commit(pool(4, 5, 2), salt("s"), seed("s"), RULES, at(0)))
                .isInstanceOfSatisfying(DrawRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("draw.pool-too-small");
                    assertThat(refused.rule()).isEqualTo("002-一(四)");
                    assertThat(refused.arguments()).containsExactly(4, 5);
                });
    }

    @Test
    void refusesAnEvenPanel() {
        assertThatThrownBy(() -> PanelDraw.commit(pool(20, 6, 0), salt("s"), seed("s"), RULES, at(0)))
                .isInstanceOfSatisfying(DrawRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("draw.panel-size-even"));
    }

    @Test
    void refusesDrawingTwice() {
        PanelDraw draw = drawn(12, 5, 2, "s");

        assertThatThrownBy(() -> draw.draw(at(2))).isInstanceOfSatisfying(WrongDrawState.class,
                wrong -> assertThat(wrong.state()).isEqualTo("DRAWN"));
    }

    @Test
    void aSeatedExpertConfirmsOnce() {
        PanelDraw draw = drawn(12, 5, 2, "s");
        String first = draw.initialPanel().getFirst();

        draw.confirm(first, at(5));

        assertThat(draw.seats().getFirst().status()).isEqualTo(SeatStatus.CONFIRMED);
        assertThat(draw.steps().getLast())
                .isEqualTo(new DrawStep(3, DrawStepType.CONFIRMED, at(5), null, 1, first, null));
        assertThatThrownBy(() -> draw.confirm(first, at(6))).isInstanceOfSatisfying(WrongDrawState.class,
                wrong -> assertThat(wrong.state()).isEqualTo("CONFIRMED"));
    }

    @Test
    void onlySeatedExpertsAnswer() {
        PanelDraw draw = drawn(12, 5, 2, "s");
        String alternate = draw.initialAlternates().getFirst();

        assertThatThrownBy(() -> draw.confirm(alternate, at(5))).isInstanceOfSatisfying(WrongDrawState.class,
                wrong -> assertThat(wrong.state()).isEqualTo("NOT_ON_PANEL"));
        assertThatThrownBy(() -> draw.decline("E-9999", "?", at(5))).isInstanceOf(WrongDrawState.class);
        assertThat(draw.steps()).hasSize(2);
    }

    @Test
    void nobodyAnswersBeforeTheDrawing() {
        PanelDraw draw = PanelDraw.commit(pool(12, 5, 2), salt("s"), seed("s"), RULES, at(0));

        assertThatThrownBy(() -> draw.confirm("E-0001", at(1))).isInstanceOfSatisfying(WrongDrawState.class,
                wrong -> assertThat(wrong.state()).isEqualTo("COMMITTED"));
    }

    @Test
    void aDeclineHandsTheSeatToTheNextAlternateAtOnce() {
        PanelDraw draw = drawn(12, 5, 2, "s");
        String declining = draw.initialPanel().get(2);
        String alternate = draw.initialAlternates().getFirst();

        draw.decline(declining, "ill", at(5));

        assertThat(draw.seats().get(2)).isEqualTo(new Seat(3, alternate, SeatStatus.AWAITING, false));
        assertThat(draw.alternates()).containsExactly(draw.initialAlternates().get(1));
        assertThat(draw.steps().subList(2, 4)).containsExactly(
                new DrawStep(3, DrawStepType.DECLINED, at(5), null, 3, declining, "ill"),
                new DrawStep(4, DrawStepType.ALTERNATE_PROMOTED, at(5), null, 3, alternate, null));
    }

    @Test
    void aConfirmedExpertMayStillWithdraw() {
        PanelDraw draw = drawn(12, 5, 2, "s");
        String first = draw.initialPanel().getFirst();
        draw.confirm(first, at(5));

        draw.decline(first, "conflict found late", at(6));

        assertThat(draw.seats().getFirst().expert()).isEqualTo(draw.initialAlternates().getFirst());
    }

    @Test
    void declinesBeyondTheAlternatesLeadToACommittedTopUpDraw() {
        PanelDraw draw = drawn(9, 5, 2, "s");
        List<String> panel = draw.initialPanel();
        draw.decline(panel.get(0), null, at(5));
        draw.decline(panel.get(1), null, at(6));
        draw.decline(panel.get(2), null, at(7));

        assertThat(draw.seats().get(2).status()).isEqualTo(SeatStatus.VACANT);
        draw.commitTopUp(seed("top-up"), RULES, at(8));

        assertThat(draw.status()).isEqualTo(DrawStatus.COMMITTED);
        DrawRound topUp = draw.rounds().get(1);
        assertThat(topUp.count()).isEqualTo(1);
        assertThat(topUp.previous()).isEqualTo(draw.rounds().getFirst().commitment());
        assertThat(topUp.seed()).isNull();

        draw.draw(at(9));

        Seat filled = draw.seats().get(2);
        assertThat(filled.status()).isEqualTo(SeatStatus.AWAITING);
        Set<String> drawnBefore = new HashSet<>(panel);
        drawnBefore.addAll(draw.initialAlternates());
        assertThat(filled.expert()).isIn(draw.pool().expertIds()).isNotIn(drawnBefore);
        assertThat(draw.steps()).extracting(DrawStep::type).endsWith(DrawStepType.DECLINED,
                DrawStepType.COMMITTED, DrawStepType.DRAWN);
        assertThat(DrawReplay.replay(draw.published()).seats())
                .extracting(Seat::expert)
                .containsExactlyElementsOf(draw.seats().stream().map(seat -> draw.pseudonymOf(seat.expert())).toList());
    }

    @Test
    void eachRoundKeepsItsSelectionAsDrawnWhateverHappensLater() {
        PanelDraw draw = drawn(9, 5, 2, "s");
        List<String> panel = draw.initialPanel();
        List<SelectedExpert> round0 = new ArrayList<>();
        for (int i = 0; i < panel.size(); i++) {
            round0.add(new SelectedExpert(panel.get(i), SelectionRole.PANEL, i + 1));
        }
        draw.initialAlternates().forEach(alternate -> round0.add(new SelectedExpert(alternate,
                SelectionRole.ALTERNATE, null)));
        assertThat(draw.selection(0)).isEqualTo(round0);

        draw.decline(panel.get(0), null, at(5));
        draw.decline(panel.get(1), null, at(6));
        draw.decline(panel.get(2), null, at(7));
        draw.commitTopUp(seed("top-up"), RULES, at(8));
        assertThatThrownBy(() -> draw.selection(1)).isInstanceOfSatisfying(WrongDrawState.class,
                wrong -> assertThat(wrong.state()).isEqualTo("COMMITTED"));
        draw.draw(at(9));

        assertThat(draw.selection(0)).as("declines and promotions leave round 0 as drawn").isEqualTo(round0);
        assertThat(draw.selection(1)).containsExactly(new SelectedExpert(draw.seats().get(2).expert(),
                SelectionRole.PANEL, 3));
        PanelDraw restored = PanelDraw.restore(draw.record());
        assertThat(restored.selection(0)).isEqualTo(round0);
        assertThat(restored.selection(1)).isEqualTo(draw.selection(1));
        assertThatThrownBy(() -> draw.selection(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draw.selection(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesATopUpWithoutVacancyOrFromAnExhaustedPool() {
        PanelDraw draw = drawn(5, 5, 0, "s");

        assertThatThrownBy(() -> draw.commitTopUp(seed("t"), RULES, at(2))).isInstanceOfSatisfying(
                WrongDrawState.class, wrong -> assertThat(wrong.state()).isEqualTo("NO_VACANT_SEAT"));

        draw.decline(draw.initialPanel().getFirst(), null, at(3));

        assertThatThrownBy(() -> draw.commitTopUp(seed("t"), RULES, at(4))).isInstanceOfSatisfying(
                DrawRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("draw.pool-too-small");
                    assertThat(refused.arguments()).containsExactly(0, 1);
                });
        assertThat(draw.rounds()).hasSize(1);
    }

    @Test
    void anEmergencyPickByNameFillsAVacantSeatWithHrConsent() {
        PanelDraw draw = drawn(5, 5, 0, "s");
        draw.decline(draw.initialPanel().get(3), "abroad", at(3));

        draw.emergencyPick(expert("E-OUTSIDE"), "HR-2024-17", RULES, at(4));

        assertThat(draw.seats().get(3)).isEqualTo(new Seat(4, "E-OUTSIDE", SeatStatus.AWAITING, true));
        assertThat(draw.emergencyPicks()).isEqualTo(1);
        assertThat(draw.steps().getLast())
                .isEqualTo(new DrawStep(4, DrawStepType.EMERGENCY_PICKED, at(4), null, 4, "E-OUTSIDE", "HR-2024-17"));
    }

    @Test
    void refusesTheThirdEmergencyPickOfNineAndChangesNothing() {
        PanelDraw draw = drawn(9, 9, 0, "s");
        for (int i = 0; i < 3; i++) {
            draw.decline(draw.initialPanel().get(i), null, at(3));
        }
        draw.emergencyPick(expert("E-X1"), "HR-1", RULES, at(4));
        draw.emergencyPick(expert("E-X2"), "HR-1", RULES, at(4));
        List<DrawStep> before = draw.steps();

        assertThatThrownBy(() -> draw.emergencyPick(expert("E-X3"), "HR-1", RULES, at(5)))
                .isInstanceOfSatisfying(DrawRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("draw.emergency-over-limit");
                    assertThat(refused.rule()).isEqualTo("000-三(一)");
                    assertThat(refused.arguments()).containsExactly(3, 9, 30);
                });
        assertThat(draw.steps()).isEqualTo(before);
        assertThat(draw.seats().get(2).status()).isEqualTo(SeatStatus.VACANT);
    }

    @Test
    void allowsThreeEmergencyPicksOfEleven() {
        PanelDraw draw = drawn(11, 11, 0, "s");
        for (int i = 0; i < 3; i++) {
            draw.decline(draw.initialPanel().get(i), null, at(3 + 2 * i));
            draw.emergencyPick(expert("E-X" + i), "HR-1", RULES, at(4 + 2 * i));
        }

        assertThat(draw.emergencyPicks()).isEqualTo(3);
    }

    @Test
    void anEmergencyPickWhoDeclinesNoLongerCounts() {
        PanelDraw draw = drawn(5, 5, 0, "s");
        draw.decline(draw.initialPanel().getFirst(), null, at(3));
        draw.emergencyPick(expert("E-X1"), "HR-1", RULES, at(4));
        draw.decline("E-X1", null, at(5));

        draw.emergencyPick(expert("E-X2"), "HR-2", RULES, at(6));

        assertThat(draw.emergencyPicks()).isEqualTo(1);
    }

    @Test
    void refusesAnEmergencyPickWithoutConsentOrWithAConflict() {
        Assignment application = new Assignment("A-1", "P-1", "Bridge Co");
        EligiblePool pool = new Eligibility().assess(constraints(5, 0), DrawFixtures.experts(5), List.of(application));
        PanelDraw draw = PanelDraw.commit(pool, salt("s"), seed("s"), RULES, at(0));
        draw.draw(at(1));
        draw.decline(draw.initialPanel().getFirst(), null, at(2));

        assertThatThrownBy(() -> draw.emergencyPick(expert("E-X"), null, RULES, at(3)))
                .isInstanceOfSatisfying(DrawRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("draw.emergency-consent-missing"));
        assertThatThrownBy(() -> draw.emergencyPick(expert("E-X", "Bridge Co"), "HR-1", RULES, at(3)))
                .isInstanceOfSatisfying(DrawRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("draw.emergency-conflict");
                    assertThat(refused.rule()).isEqualTo("MOHRSS-40");
                    assertThat(refused.arguments())
                            .containsExactly("E-X", ExclusionReason.SAME_UNIT_AS_APPLICANT, "A-1");
                });
        assertThat(draw.emergencyPicks()).isZero();
    }

    @Test
    void refusesAnEmergencyPickOfSomeoneAlreadyDrawnOrWithoutVacancy() {
        PanelDraw draw = drawn(7, 5, 2, "s");

        assertThatThrownBy(() -> draw.emergencyPick(expert("E-X"), "HR-1", RULES, at(3)))
                .isInstanceOfSatisfying(WrongDrawState.class,
                        wrong -> assertThat(wrong.state()).isEqualTo("NO_VACANT_SEAT"));

        List<String> panel = draw.initialPanel();
        for (int i = 0; i < 3; i++) {
            draw.decline(panel.get(i), null, at(4));
        }
        assertThatThrownBy(() -> draw.emergencyPick(expert(panel.getFirst()), "HR-1", RULES, at(5)))
                .isInstanceOfSatisfying(WrongDrawState.class,
                        wrong -> assertThat(wrong.state()).isEqualTo("ALREADY_DRAWN"));
    }

    @Test
    void isCompleteWhenEverySeatConfirmed() {
        PanelDraw draw = drawn(12, 5, 0, "s");
        for (String expert : draw.initialPanel()) {
            assertThat(draw.isComplete()).isFalse();
            draw.confirm(expert, at(5));
        }

        assertThat(draw.isComplete()).isTrue();
    }

    @Test
    void refusesStepsGoingBackInTime() {
        PanelDraw draw = drawn(12, 5, 0, "s");

        assertThatThrownBy(() -> draw.confirm(draw.initialPanel().getFirst(), at(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publishesPseudonymsOnlyAndNoDeclineReasons() {
        PanelDraw draw = drawn(12, 5, 2, "s");
        draw.decline(draw.initialPanel().getFirst(), "my daughter applies", at(3));

        PublishedDraw published = draw.published();

        String everything = published.toString();
        assertThat(everything).doesNotContain("E-00", "my daughter", draw.salt().hex());
        assertThat(published.pool()).hasSize(12).allMatch(p -> p.matches("[0-9a-f]{64}"));
        assertThat(published.steps().get(2).note()).isNull();
        assertThat(draw.steps().get(2).note()).isEqualTo("my daughter applies");
    }

    @Test
    void restoresFromItsRecordAndCarriesOn() {
        PanelDraw draw = drawn(9, 5, 1, "s");
        draw.confirm(draw.initialPanel().get(4), at(2));
        draw.decline(draw.initialPanel().get(0), "ill", at(3));
        draw.decline(draw.initialPanel().get(1), "ill", at(4));
        draw.emergencyPick(expert("E-X"), "HR-9", RULES, at(5));
        draw.decline(draw.initialPanel().get(2), null, at(6));
        draw.commitTopUp(seed("t"), RULES, at(7));

        PanelDraw restored = PanelDraw.restore(draw.record());

        assertThat(restored.steps()).isEqualTo(draw.steps());
        assertThat(restored.seats()).isEqualTo(draw.seats());
        assertThat(restored.published()).isEqualTo(draw.published());
        assertThat(restored.status()).isEqualTo(DrawStatus.COMMITTED);
        restored.draw(at(8));
        draw.draw(at(8));
        assertThat(restored.seats()).isEqualTo(draw.seats());
        assertThat(restored.seats().get(2).expert()).isNotNull();
    }

    @Test
    void refusesToRestoreARecordItsReplayContradicts() {
        PanelDraw draw = drawn(12, 5, 2, "s");
        draw.confirm(draw.initialPanel().getFirst(), at(2));
        DrawRecord record = draw.record();
        List<DrawStep> steps = new ArrayList<>(record.steps());
        DrawStep confirmed = steps.get(2);
        steps.set(2, new DrawStep(3, DrawStepType.CONFIRMED, confirmed.at(), null, 1,
                draw.initialAlternates().getFirst(), null));

        assertThatThrownBy(() -> PanelDraw.restore(new DrawRecord(record.pool(), record.salt(), record.rounds(),
                null, steps))).isInstanceOf(IllegalStateException.class).hasMessageContaining("step 3");
    }

    @Test
    void drawsFromTenThousandExpertsExcludingTheConflicted() {
        List<Assignment> assignments = new ArrayList<>();
        for (int a = 0; a < 50; a++) {
            assignments.add(new Assignment("A-" + a, "P-" + a, "Unit-" + a));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            List<Conflict> conflicts = i % 41 == 0
                    ? List.of(Conflict.withUnit(ConflictType.OTHER, ConflictSource.PINNED, "Unit-" + (i % 50)))
                    : List.of();
            candidates.add(new Candidate("E-%05d".formatted(i), i % 3 == 0 ? "其他" : SPECIALTY, LEVEL,
                    "Unit-" + (i % 400), "33", conflicts));
        }
        EligiblePool pool = new Eligibility().assess(constraints(11, 5), candidates, assignments);
        Set<String> excluded = new HashSet<>();
        pool.exclusions().forEach(exclusion -> excluded.add(exclusion.expertId()));

        PanelDraw draw = PanelDraw.commit(pool, salt("big"), seed("big"), RULES, at(0));
        draw.draw(at(1));

        assertThat(pool.notMatching()).isEqualTo(3_334);
        assertThat(excluded).isNotEmpty();
        assertThat(draw.initialPanel()).hasSize(11).doesNotHaveDuplicates()
                .isSubsetOf(pool.expertIds()).doesNotContainAnyElementsOf(excluded);
        assertThat(draw.initialAlternates()).hasSize(5).doesNotContainAnyElementsOf(draw.initialPanel());
        Replay replay = DrawReplay.replay(draw.published());
        assertThat(replay.verified()).isTrue();
        assertThat(replay.initialPanel()).containsExactlyElementsOf(
                draw.initialPanel().stream().map(draw::pseudonymOf).toList());
    }

    @Test
    void matchesAnyOfTheMeetingsSpecialtiesAndLevels() {
        DrawConstraints two = DrawConstraints.of("M-1", Set.of(SPECIALTY, "水利工程"), Set.of(LEVEL, "FULL_SENIOR"),
                5, 0);

        assertThat(two.matches(new Candidate("E-1", "水利工程", "FULL_SENIOR", null, null, null))).isTrue();
        assertThat(two.matches(new Candidate("E-1", "水利工程", "INTERMEDIATE", null, null, null))).isFalse();
    }
}

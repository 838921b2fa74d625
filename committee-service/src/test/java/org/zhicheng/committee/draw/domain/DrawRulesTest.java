package org.zhicheng.committee.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhicheng.committee.draw.domain.DrawFixtures.RULES;
import static org.zhicheng.committee.draw.domain.DrawFixtures.at;
import static org.zhicheng.committee.draw.domain.DrawFixtures.pool;
import static org.zhicheng.committee.draw.domain.DrawFixtures.salt;
import static org.zhicheng.committee.draw.domain.DrawFixtures.seed;

import org.junit.jupiter.api.Test;

class DrawRulesTest {

    private final PanelSizeOdd panelSizeOdd = new PanelSizeOdd(5);
    private final PoolLargeEnough poolLargeEnough = new PoolLargeEnough();
    private final EmergencyPicksAtMostThirtyPercent emergency = new EmergencyPicksAtMostThirtyPercent(30);

    @Test
    void refusesAnEvenPanelNamingTheRule() {
        assertThatThrownBy(() -> panelSizeOdd.check(10)).isInstanceOfSatisfying(DrawRefused.class, refused -> {
            assertThat(refused.code()).isEqualTo("draw.panel-size-even");
            assertThat(refused.rule()).isEqualTo("MOHRSS-40");
            assertThat(refused.arguments()).containsExactly(10);
        });
    }

    @Test
    void refusesAPanelBelowTheConfiguredMinimum() {
        assertThatThrownBy(() -> panelSizeOdd.check(3)).isInstanceOfSatisfying(DrawRefused.class,
                refused -> assertThat(refused.arguments()).containsExactly(3, 5));
        assertThatCode(() -> panelSizeOdd.check(5)).doesNotThrowAnyException();
        assertThatCode(() -> new PanelSizeOdd(3).check(3)).doesNotThrowAnyException();
    }

    @Test
    void acceptsAPoolOfExactlyThePanelSize() {
        assertThatCode(() -> poolLargeEnough.check(7, 7)).doesNotThrowAnyException();
    }

    @Test
    void refusesAPoolOneShortOfThePanel() {
        assertThatThrownBy(() -> poolLargeEnough.check(6, 7)).isInstanceOfSatisfying(DrawRefused.class, refused -> {
            assertThat(refused.code()).isEqualTo("draw.pool-too-small");
            assertThat(refused.rule()).isEqualTo("002-一(四)");
            assertThat(refused.arguments()).containsExactly(6, 7);
        });
    }

    @Test
    void refusesThreeEmergencyPicksOfNine() {
        assertThatThrownBy(() -> emergency.check(3, 9, "HR-2024-17")).isInstanceOfSatisfying(DrawRefused.class,
                refused -> {
                    assertThat(refused.code()).isEqualTo("draw.emergency-over-limit");
                    assertThat(refused.rule()).isEqualTo("000-三(一)");
                    assertThat(refused.arguments()).containsExactly(3, 9, 30);
                });
    }

    @Test
    void allowsThreeEmergencyPicksOfElevenAndTwoOfSeven() {
        assertThatCode(() -> emergency.check(3, 11, "HR-2024-17")).doesNotThrowAnyException();
        assertThatCode(() -> emergency.check(2, 7, "HR-2024-17")).doesNotThrowAnyException();
    }

    @Test
    void refusesAnEmergencyPickThatWouldMakeThirtyOnePercent() {
        // 4 of 13 = 30.8 %
        assertThatThrownBy(() -> emergency.check(4, 13, "HR-2024-17")).isInstanceOf(DrawRefused.class);
    }

    @Test
    void usesTheConfiguredPercent() {
        assertThatCode(() -> new EmergencyPicksAtMostThirtyPercent(40).check(3, 9, "HR-1"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAnEmergencyPickWithoutHrConsent() {
        assertThatThrownBy(() -> emergency.check(1, 11, " ")).isInstanceOfSatisfying(DrawRefused.class,
                refused -> assertThat(refused.code()).isEqualTo("draw.emergency-consent-missing"));
    }

    @Test
    void tenSeatsNeverGetAsFarAsTheEmergencyRule() {
        // 3 of 10 would be exactly 30 %, but a panel of 10 is refused before any pick
        assertThatThrownBy(() -> PanelDraw.commit(pool(20, 10, 0), salt("s"), seed("s"), RULES, at(0)))
                .isInstanceOfSatisfying(DrawRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("draw.panel-size-even"));
    }

    @Test
    void readsItsNumbersFromTheSettings() {
        DrawRules rules = new DrawRules(new DrawRuleSettings(7, 20));

        assertThat(rules.panelSizeOdd().minimum()).isEqualTo(7);
        assertThat(rules.emergencyPicks().percent()).isEqualTo(20);
    }
}

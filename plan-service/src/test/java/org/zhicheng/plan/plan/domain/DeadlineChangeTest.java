package org.zhicheng.plan.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhicheng.plan.plan.domain.PlanFixtures.HR;
import static org.zhicheng.plan.plan.domain.PlanFixtures.NOW;
import static org.zhicheng.plan.plan.domain.PlanFixtures.RULES;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** 000 三(三): after publication a deadline moves only by a recorded special approval. */
class DeadlineChangeTest {

    @Test
    void anApprovedChangeOfAnItemsDeadlineIsRecordedAndEmitted() {
        EvaluationPlan plan = PlanFixtures.published();
        plan.takeRecorded();
        UUID itemId = plan.items().getFirst().id();

        PlanTransition transition = plan.changeDeadline(itemId, null, LocalDate.of(2024, 8, 30), "上虞人社〔2024〕12号",
                RULES, HR, "台风顺延", NOW);

        assertThat(plan.items().getFirst().applicationDeadline()).isEqualTo(LocalDate.of(2024, 8, 30));
        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(transition.action()).isEqualTo(PlanAction.CHANGE_DEADLINE);
        assertThat(transition.deadlineChange()).isEqualTo(new DeadlineChange(itemId, null, LocalDate.of(2024, 8, 23),
                LocalDate.of(2024, 8, 30), "上虞人社〔2024〕12号"));
        assertThat(transition.events()).singleElement().isInstanceOfSatisfying(PlanDeadlineChanged.class, event -> {
            assertThat(event.oldDeadline()).isEqualTo(LocalDate.of(2024, 8, 23));
            assertThat(event.newDeadline()).isEqualTo(LocalDate.of(2024, 8, 30));
            assertThat(event.approvedBy()).isEqualTo(HR);
            assertThat(event.reason()).isEqualTo("台风顺延");
        });
        assertThat(plan.takeRecorded()).containsExactly(transition);
    }

    @Test
    void aStagedDeadlineMovesTheSameWay() {
        EvaluationPlan plan = PlanFixtures.published();

        plan.changeDeadline(null, DeadlineStage.INDIVIDUAL_APPLICATION, LocalDate.of(2024, 8, 30), null, RULES, HR,
                "延期", NOW);

        assertThat(plan.dates().individualApplication()).isEqualTo(LocalDate.of(2024, 8, 30));
    }

    @Test
    void aChangeBeforePublicationIsAWrongState() {
        EvaluationPlan plan = PlanFixtures.approved();

        assertThatThrownBy(() -> plan.changeDeadline(null, DeadlineStage.INDIVIDUAL_APPLICATION,
                LocalDate.of(2024, 8, 30), null, RULES, HR, "延期", NOW))
                .isInstanceOfSatisfying(WrongPlanStateException.class,
                        refused -> assertThat(refused.attempted()).isEqualTo(PlanAction.CHANGE_DEADLINE));
    }

    @Test
    void aChangeBreakingADateRuleLeavesThePlanAsItWas() {
        EvaluationPlan plan = PlanFixtures.published();
        UUID itemId = plan.items().getFirst().id();

        assertThatThrownBy(() -> plan.changeDeadline(itemId, null, LocalDate.of(2024, 12, 5), null, RULES, HR,
                "延期", NOW))
                .isInstanceOfSatisfying(PlanRuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("002-一(三)"));
        assertThat(plan.items().getFirst().applicationDeadline()).isEqualTo(LocalDate.of(2024, 8, 23));
    }

    @Test
    void aChangeNeedsAReason() {
        EvaluationPlan plan = PlanFixtures.published();

        assertThatThrownBy(() -> plan.changeDeadline(null, DeadlineStage.INDIVIDUAL_APPLICATION,
                LocalDate.of(2024, 8, 30), null, RULES, HR, " ", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.zhicheng.plan.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhicheng.plan.plan.domain.PlanFixtures.HR;
import static org.zhicheng.plan.plan.domain.PlanFixtures.NOW;
import static org.zhicheng.plan.plan.domain.PlanFixtures.OFFICE;
import static org.zhicheng.plan.plan.domain.PlanFixtures.RULES;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EvaluationPlanTest {

    private static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void aNewPlanIsADraftWithItsCreationInTheHistory() {
        EvaluationPlan plan = PlanFixtures.draft();

        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.takeRecorded()).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(PlanAction.CREATE);
            assertThat(row.from()).isNull();
            assertThat(row.to()).isEqualTo(PlanStatus.DRAFT);
            assertThat(row.actor()).isEqualTo(OFFICE);
        });
    }

    @Test
    void aDraftGoesThroughReviewToPublication() {
        EvaluationPlan plan = PlanFixtures.draft();
        plan.takeRecorded();

        plan.submit(OFFICE, null, NOW);
        plan.approve(HR, "符合要求", NOW);
        PlanTransition published = plan.publish(HR, null, LATER,
                PlanFixtures.CATALOG.titleNames(plan.titleCodes()), Map.of());

        assertThat(plan.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plan.publishedAt()).isEqualTo(LATER);
        assertThat(plan.takeRecorded()).extracting(PlanTransition::action)
                .containsExactly(PlanAction.SUBMIT, PlanAction.APPROVE, PlanAction.PUBLISH);
        assertThat(published.events()).singleElement().isInstanceOfSatisfying(PlanPublished.class, event -> {
            assertThat(event.planId()).isEqualTo(plan.id());
            assertThat(event.publishedAt()).isEqualTo(LATER);
            assertThat(event.items()).singleElement().satisfies(item -> {
                assertThat(item.evaluatedTitles()).containsExactly("ENGINEER_INTERMEDIATE");
                assertThat(item.evaluatedTitleNames()).containsExactly("工程师");
                assertThat(item.recommendedTitles()).containsExactly("ENGINEER_SENIOR");
                assertThat(item.recommendedTitleNames()).containsExactly("高级工程师");
                assertThat(item.applicationDeadline()).isEqualTo(LocalDate.of(2024, 8, 23));
                assertThat(item.expectedEvaluationTime()).isEqualTo("11 月");
                assertThat(item.materialDeadline()).isEqualTo("8 月");
                assertThat(item.committeeCode()).as("not linked").isNull();
                assertThat(item.specialties()).containsExactly("MECHATRONICS");
                assertThat(item.acceptanceScope()).isEqualTo("全市");
                assertThat(item.acceptanceScopeByLevel()).isEmpty();
                assertThat(item.exclusions()).containsExactly("社会化评价", "民营企业自主评价");
                assertThat(item.applicants()).isNull();
            });
            assertThat(event.dates()).isEqualTo(new PlanPublished.Dates(null, null, null, null, null));
        });
    }

    @Test
    void thePublishedEventNamesTheLinkedCommitteeByItsCodeAndCarriesTheScopePerLevel() {
        UUID committee = UUID.randomUUID();
        PlanItem linked = new PlanItemInput("衢州市工程技术和工业企业信息化领域人员中级职务评审委员会", committee,
                List.of("ENGINEER_INTERMEDIATE"), List.of("ENGINEER_SENIOR"), List.of("MECHATRONICS"),
                "初级：市本级 中级：全市 高级：全市", null, "9-10 月", "8-9 月", null, "市经信局", "8758639", null, null,
                "企业工程技术人员", null).toItem(2024, 0);
        PlanItem unlinked = PlanFixtures.mechatronicsItem(LocalDate.of(2024, 8, 23));
        EvaluationPlan plan = EvaluationPlan.draft(UUID.randomUUID(), 2024, "3308", PlanCategory.REGULAR,
                "2024 年度职称评审计划", PlanDates.NONE, null, List.of(linked, unlinked), RULES, OFFICE, NOW);
        plan.submit(OFFICE, null, NOW);
        plan.approve(HR, null, NOW);

        PlanTransition published = plan.publish(HR, null, LATER, Map.of(), Map.of(committee, "QZ-ENG-MID"));

        assertThat(published.events()).singleElement().isInstanceOfSatisfying(PlanPublished.class, event -> {
            PlanPublished.Item first = event.items().get(0);
            assertThat(first.committeeId()).isEqualTo(committee);
            assertThat(first.committeeCode()).isEqualTo("QZ-ENG-MID");
            assertThat(first.acceptanceScope()).isEqualTo("初级：市本级 中级：全市 高级：全市");
            assertThat(first.acceptanceScopeByLevel())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("初级", "市本级", "中级", "全市", "高级", "全市"));
            assertThat(first.applicants()).isEqualTo("企业工程技术人员");
            assertThat(first.exclusions()).isEmpty();
            assertThat(event.items().get(1).committeeCode()).isNull();
        });
    }

    @Test
    void thePublishedEventCarriesTheStagedDatesAndNamesTitlesInTheirOrder() {
        PlanDates dates = new PlanDates(LocalDate.of(2024, 8, 20), LocalDate.of(2024, 8, 27),
                LocalDate.of(2024, 9, 3), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 8, 20));
        PlanItem item = PlanFixtures.input(List.of("ENGINEER_SENIOR", "ENGINEER_INTERMEDIATE"),
                List.of("MECHATRONICS"), null, "11 月", "8 月", null).toItem(2024, 0);
        EvaluationPlan plan = EvaluationPlan.draft(UUID.randomUUID(), 2024, "330604",
                PlanCategory.REGULAR, "2024 年度中、高级职称评审计划", dates, null, List.of(item), RULES, OFFICE, NOW);
        plan.submit(OFFICE, null, NOW);
        plan.approve(HR, null, NOW);

        assertThat(plan.titleCodes()).containsExactly("ENGINEER_SENIOR", "ENGINEER_INTERMEDIATE");
        // a code the catalog no longer names is printed as the code
        PlanTransition published = plan.publish(HR, null, LATER, Map.of("ENGINEER_SENIOR", "高级工程师"), Map.of());

        assertThat(published.events()).singleElement().isInstanceOfSatisfying(PlanPublished.class, event -> {
            assertThat(event.dates()).isEqualTo(new PlanPublished.Dates(LocalDate.of(2024, 8, 20),
                    LocalDate.of(2024, 8, 27), LocalDate.of(2024, 9, 3), LocalDate.of(2024, 12, 31),
                    LocalDate.of(2024, 8, 20)));
            assertThat(event.items()).singleElement().satisfies(eventItem -> {
                assertThat(eventItem.evaluatedTitleNames()).containsExactly("高级工程师", "ENGINEER_INTERMEDIATE");
                assertThat(eventItem.recommendedTitleNames()).containsExactly("高级工程师");
                assertThat(eventItem.applicationDeadline()).as("the staged individual deadline applies")
                        .isEqualTo(LocalDate.of(2024, 8, 20));
            });
        });
    }

    @Test
    void approvingADraftIsRefused() {
        EvaluationPlan plan = PlanFixtures.draft();

        assertThatThrownBy(() -> plan.approve(HR, null, NOW))
                .isInstanceOfSatisfying(WrongPlanStateException.class, refused -> {
                    assertThat(refused.current()).isEqualTo(PlanStatus.DRAFT);
                    assertThat(refused.attempted()).isEqualTo(PlanAction.APPROVE);
                });
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void publishingASubmittedPlanIsRefused() {
        EvaluationPlan plan = PlanFixtures.submitted();

        assertThatThrownBy(() -> plan.publish(HR, null, NOW, Map.of(), Map.of()))
                .isInstanceOf(WrongPlanStateException.class);
    }

    @Test
    void closingNeedsAPublishedPlanAndEmitsPlanClosed() {
        assertThatThrownBy(() -> PlanFixtures.approved().close(HR, null, NOW))
                .isInstanceOf(WrongPlanStateException.class);

        EvaluationPlan plan = PlanFixtures.published();
        PlanTransition closed = plan.close(HR, "评审结束", LATER);

        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.reason()).isEqualTo("评审结束");
        assertThat(closed.events()).containsExactly(new PlanClosed(plan.id(), 2024, "330604", LATER));
    }

    @Test
    void aReturnedPlanCanBeAmendedAndSubmittedAgain() {
        EvaluationPlan plan = PlanFixtures.submitted();
        plan.returnForAmendment(HR, "请补充受理范围", NOW);

        plan.amend("2024 年度职称评审计划（修订）", PlanDates.NONE, null,
                List.of(PlanFixtures.mechatronicsItem(LocalDate.of(2024, 9, 5))), RULES, OFFICE, null, NOW);
        plan.submit(OFFICE, null, NOW);

        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.items()).singleElement()
                .extracting(PlanItem::applicationDeadline).isEqualTo(LocalDate.of(2024, 9, 5));
    }

    @Test
    void returningWithoutAReasonIsRefused() {
        EvaluationPlan plan = PlanFixtures.submitted();

        assertThatThrownBy(() -> plan.returnForAmendment(HR, " ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void returningAnApprovedPlanIsRefused() {
        EvaluationPlan plan = PlanFixtures.approved();

        assertThatThrownBy(() -> plan.returnForAmendment(HR, "理由", NOW))
                .isInstanceOf(WrongPlanStateException.class);
    }
}

package org.zhicheng.application.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zhicheng.application.application.Particulars;
import org.zhicheng.application.application.Route;
import org.zhicheng.application.archive.domain.AchievementType;
import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.archive.domain.Degree;
import org.zhicheng.application.archive.domain.UnitType;
import org.zhicheng.application.eligibility.rules.*;
import org.zhicheng.application.integrity.IntegrityKind;
import org.zhicheng.application.integrity.IntegrityRecord;
import org.zhicheng.application.integrity.IntegrityStanding;
import org.zhicheng.application.plan.PlanItem;

/** Every eligibility rule on its boundary, each with the notice it cites. */
class EligibilityRulesTest {

    private static Finding.Outcome outcome(EligibilityRule rule, Cases.Builder c) {
        return rule.check(c.get()).outcome();
    }

    private static Particulars particulars(Integer score, UUID letter, String post, Boolean matches, String grounds,
            UUID proof) {
        return new Particulars(score, letter, post, null, matches, grounds, proof);
    }

    @Test
    void theBaseCaseIsEligibleUnderEveryRule() {
        EligibilityReport report = new Eligibility(Cases.PROPERTIES).evaluate(Cases.a().get());

        assertThat(report.failures()).isEmpty();
        assertThat(report.findings()).extracting(Finding::notice).doesNotContainNull();
        assertThat(report.findings()).hasSize(27);
    }

    @Nested
    class QuantitativeRoute003 {

        final QuantitativeScore rule = new QuantitativeScore(Cases.PROPERTIES);

        Cases.Builder senior(Integer score) {
            Cases.Builder c = Cases.a();
            c.title = Cases.SENIOR_ENGINEER;
            c.route = Route.QUANTITATIVE;
            c.particulars = particulars(score, null, null, null, null, null);
            return c;
        }

        @Test
        void aSelfScoreOf120PassesAnd119IsRefused() {
            assertThat(outcome(rule, senior(120))).isEqualTo(Finding.Outcome.PASSED);
            Finding refused = rule.check(senior(119).get());
            assertThat(refused.code()).isEqualTo("eligibility.self-score-too-low");
            assertThat(refused.notice()).isEqualTo("003-二");
            assertThat(refused.arguments()).containsExactly(119, 120);
        }

        @Test
        void onlyForSeniorEngineersAndWithAScore() {
            assertThat(rule.check(senior(null).get()).code()).isEqualTo("eligibility.self-score-missing");
            Cases.Builder engineer = senior(130);
            engineer.title = Cases.ENGINEER;
            assertThat(rule.check(engineer.get()).code()).isEqualTo("eligibility.route-not-open");
            assertThat(outcome(rule, Cases.a())).isEqualTo(Finding.Outcome.NOT_APPLICABLE);
        }
    }

    @Nested
    class Deadline000And003 {

        final ApplicationDeadline rule = new ApplicationDeadline();

        @Test
        void theDeadlineDayIsInTimeAndTheNextDayIsLate() {
            Cases.Builder onTheDay = Cases.a();
            onTheDay.today = LocalDate.of(2026, 9, 30);
            Cases.Builder late = Cases.a();
            late.today = LocalDate.of(2026, 10, 1);

            assertThat(outcome(rule, onTheDay)).isEqualTo(Finding.Outcome.PASSED);
            Finding refused = rule.check(late.get());
            assertThat(refused.code()).isEqualTo("eligibility.deadline-passed");
            assertThat(refused.notice()).isEqualTo("000-三(三)");
        }

        @Test
        void aStagedIndividualDeadlineCites003AndAResubmissionIsNotHeldToIt() {
            Cases.Builder staged = Cases.a();
            staged.item = Cases.item(LocalDate.of(2024, 8, 23), "PLAN", "全区", null);
            staged.today = LocalDate.of(2024, 8, 24);
            assertThat(rule.check(staged.get()).notice()).isEqualTo("003-四(二)");

            staged.first = false;
            assertThat(outcome(rule, staged)).isEqualTo(Finding.Outcome.NOT_APPLICABLE);
        }
    }

    @Nested
    class ExamOnly000And002 {

        final ExamOnlySeries rule = new ExamOnlySeries();

        @Test
        void intermediateTitlesOfExamSeriesAreNotEvaluatedTheirSeniorOnesAre() {
            Cases.Builder accountant = Cases.a();
            accountant.title = Cases.ACCOUNTANT;
            Cases.Builder senior = Cases.a();
            senior.title = Cases.SENIOR_ACCOUNTANT;

            Finding refused = rule.check(accountant.get());
            assertThat(refused.code()).isEqualTo("eligibility.exam-only");
            assertThat(refused.notice()).isEqualTo("000-二(三)");
            assertThat(outcome(rule, senior)).isEqualTo(Finding.Outcome.PASSED);
            senior.route = Route.INITIAL_CERTIFICATION;
            assertThat(rule.check(senior.get()).code()).isEqualTo("eligibility.exam-only-initial");
        }
    }

    @Nested
    class Territory000 {

        final Territory rule = new Territory();

        @Test
        void aUnitOutsideThePlansRegionIsRefused() {
            Cases.Builder liandu = Cases.a();
            ArchiveContent.Employment e = Cases.employment(UnitType.PRIVATE_NON_INDUSTRIAL_ENTERPRISE);
            liandu.archive = Cases.archive(new ArchiveContent.Employment(e.unit(), e.unitName(), e.unitType(), "331102",
                    null, e.unit(), "331102", "331102", "331102", null, null, false));

            assertThat(outcome(rule, Cases.a())).isEqualTo(Finding.Outcome.PASSED);
            assertThat(rule.check(liandu.get()).code()).isEqualTo("eligibility.out-of-territory");
        }

        @Test
        void cityLevelScopeTakesOnlyTheCitysOwnUnitsAndItIsReadPerLevel() {
            Cases.Builder quzhou = Cases.a();
            PlanItem base = Cases.item();
            quzhou.item = new PlanItem(base.itemId(), base.planId(), base.planTitle(), 2026, "3308", "REGULAR", null,
                    "QZ-ENG-MID", "衢州市工程技术…中级职务评审委员会", base.evaluatedTitles(), List.of(), List.of(),
                    "初级：市本级 中级：全市", Map.of("ASSISTANT_JUNIOR", "市本级", "INTERMEDIATE", "全市"), List.of(),
                    base.deadline(), "ITEM", null, null, null, null, base.publishedAt(), null);
            ArchiveContent.Employment e = Cases.employment(UnitType.PRIVATE_NON_INDUSTRIAL_ENTERPRISE);
            quzhou.archive = Cases.archive(new ArchiveContent.Employment(e.unit(), e.unitName(), e.unitType(),
                    "330802", null, e.unit(), "330802", "330802", "330802", null, null, false));

            assertThat(outcome(rule, quzhou)).isEqualTo(Finding.Outcome.PASSED);
            quzhou.title = Cases.ASSISTANT_ENGINEER;
            assertThat(rule.check(quzhou.get()).code()).isEqualTo("eligibility.out-of-territory");
        }
    }

    @Nested
    class EvaluationScope000 {

        @Test
        void selfEvaluatingUnitsAreExcludedWhereTheItemSaysSoAndSocializedScopeGoesToItsCommittee() {
            Cases.Builder self = Cases.a();
            ArchiveContent.Employment e = Cases.employment(UnitType.PUBLIC_INSTITUTION);
            self.archive = Cases.archive(new ArchiveContent.Employment(e.unit(), e.unitName(), e.unitType(),
                    e.region(), null, e.unit(), "330604", "330604", "330604", null, null, true));
            PlanItem base = Cases.item();
            self.item = new PlanItem(base.itemId(), base.planId(), base.planTitle(), 2026, "330604", "REGULAR", null,
                    "SY-ENG-MID", base.committeeName(), base.evaluatedTitles(), List.of(), List.of(), "全区", Map.of(),
                    List.of("自主评聘单位除外"), base.deadline(), "ITEM", null, null, null, null, base.publishedAt(),
                    null);
            assertThat(new EvaluationScope().check(self.get()).code()).isEqualTo("eligibility.excluded-self-evaluating");

            Cases.Builder socialized = Cases.a();
            socialized.archive = Cases.archive(new ArchiveContent.Employment(e.unit(), e.unitName(), e.unitType(),
                    e.region(), null, e.unit(), "330604", "330604", "330604", null, "SX-SOC-ENG", false));
            Finding refused = new EvaluationScope().check(socialized.get());
            assertThat(refused.code()).isEqualTo("eligibility.socialized-committee");
            assertThat(refused.notice()).isEqualTo("000-三(三)");
        }
    }

    @Nested
    class Affiliation002 {

        final PersonnelAffiliation rule = new PersonnelAffiliation();

        Cases.Builder split(String insuringUnit) {
            Cases.Builder c = Cases.a();
            ArchiveContent.Employment e = Cases.employment(UnitType.PRIVATE_NON_INDUSTRIAL_ENTERPRISE);
            c.archive = Cases.archive(new ArchiveContent.Employment(e.unit(), e.unitName(), e.unitType(), e.region(),
                    null, insuringUnit, "330604", "330602", "330604", null, null, false));
            return c;
        }

        @Test
        void threeInOnePlacePassElseOnlyTheInsuringUnitApplies() {
            assertThat(outcome(rule, Cases.a())).isEqualTo(Finding.Outcome.PASSED);
            assertThat(rule.check(split("SY-U001").get()).code()).isEqualTo("eligibility.affiliation-by-insurance");
            assertThat(outcome(rule, split("SY-U001"))).isEqualTo(Finding.Outcome.PASSED);
            Finding refused = rule.check(split("SX-U777").get());
            assertThat(refused.code()).isEqualTo("eligibility.affiliation-insuring-unit");
            assertThat(refused.notice()).isEqualTo("002-二(一)");
        }
    }

    @Nested
    class Entrustment002 {

        final EntrustmentLetter rule = new EntrustmentLetter();

        @Test
        void provincialUnitsNeedTheirOwnLetter() {
            UUID letter = UUID.randomUUID();
            Cases.Builder provincial = Cases.a();
            provincial.archive = Cases.archive(Cases.employment(UnitType.PROVINCIAL_OR_CENTRAL_UNIT));

            assertThat(rule.check(provincial.get()).code()).isEqualTo("eligibility.entrustment-required");
            provincial.particulars = particulars(null, letter, null, null, null, null);
            assertThat(rule.check(provincial.get()).code()).isEqualTo("eligibility.entrustment-unknown");
            provincial.evidence = Set.of(letter);
            assertThat(outcome(rule, provincial)).isEqualTo(Finding.Outcome.PASSED);
            assertThat(outcome(rule, Cases.a())).isEqualTo(Finding.Outcome.NOT_APPLICABLE);
        }

        @Test
        void aPersonnelRelationInAnotherCityNeedsOneToo() {
            Cases.Builder other = Cases.a();
            ArchiveContent.Employment e = Cases.employment(UnitType.PRIVATE_NON_INDUSTRIAL_ENTERPRISE);
            other.archive = Cases.archive(new ArchiveContent.Employment(e.unit(), e.unitName(), e.unitType(),
                    e.region(), null, e.unit(), "330604", "331102", "330604", null, null, false));
            assertThat(rule.check(other.get()).code()).isEqualTo("eligibility.entrustment-required");
        }
    }

    @Nested
    class PublicInstitutions000 {

        @Test
        void staffApplyWithinAnApprovedPostAndASuspendedUnitAppliesForNobody() {
            Cases.Builder c = Cases.a();
            c.archive = Cases.archive(Cases.employment(UnitType.PUBLIC_INSTITUTION));

            assertThat(new PostApproval().check(c.get()).code()).isEqualTo("eligibility.post-approval-required");
            c.particulars = particulars(null, null, "虞人社岗〔2026〕12号", null, null, null);
            assertThat(outcome(new PostApproval(), c)).isEqualTo(Finding.Outcome.PASSED);

            assertThat(outcome(new UnitSuspension(), c)).isEqualTo(Finding.Outcome.PASSED);
            c.unitSuspendedFor = 2026;
            Finding suspended = new UnitSuspension().check(c.get());
            assertThat(suspended.code()).isEqualTo("eligibility.unit-suspended");
            assertThat(suspended.notice()).isEqualTo("000-三(二)");
        }
    }

    @Nested
    class CivilServiceManaged003 {

        @Test
        void noSeniorEngineeringTitlesButIntermediateOnesAreOpen() {
            Cases.Builder c = Cases.a();
            c.archive = Cases.archive(Cases.employment(UnitType.CIVIL_SERVICE_MANAGED_INSTITUTION));
            assertThat(outcome(new CivilServiceManagedExcluded(), c)).isEqualTo(Finding.Outcome.NOT_APPLICABLE);
            c.title = Cases.SENIOR_ENGINEER;
            Finding refused = new CivilServiceManagedExcluded().check(c.get());
            assertThat(refused.code()).isEqualTo("eligibility.civil-service-managed");
            assertThat(refused.notice()).isEqualTo("003-一(二)");
        }
    }

    @Nested
    class FailedLastYear000 {

        final FailedLastYearNeedsNewAchievements rule = new FailedLastYearNeedsNewAchievements();
        final UUID old = UUID.fromString("00000000-0000-0000-0000-00000000a001");

        Cases.Builder failedIn2025() {
            Cases.Builder c = Cases.a();
            c.others = List.of(new ApplicationCase.OtherApplication(UUID.randomUUID(), UUID.randomUUID(), 2025,
                    "ENGINEER_INTERMEDIATE", "FAILED", Instant.parse("2025-06-01T02:00:00Z"), Set.of(old), false));
            return c;
        }

        @Test
        void theSameAchievementsAgainAreRefusedANewerOnePasses() {
            Finding refused = rule.check(failedIn2025().get());
            assertThat(refused.code()).isEqualTo("eligibility.no-new-achievements");
            assertThat(refused.notice()).isEqualTo("000-三(三)");

            Cases.Builder fresh = failedIn2025();
            ArchiveContent a = fresh.archive;
            List<ArchiveContent.Achievement> more = new java.util.ArrayList<>(a.achievements());
            more.add(new ArchiveContent.Achievement(UUID.randomUUID(), AchievementType.PATENT, "一种桥梁支座",
                    LocalDate.of(2025, 6, 2), null, null, List.of()));
            fresh.archive = new ArchiveContent(a.personal(), a.employment(), a.education(), a.work(), a.titles(),
                    a.qualifications(), more, a.representative());
            assertThat(outcome(rule, fresh)).isEqualTo(Finding.Outcome.PASSED);
            assertThat(outcome(rule, Cases.a())).isEqualTo(Finding.Outcome.NOT_APPLICABLE);
        }
    }

    @Nested
    class Integrity002 {

        IntegrityRecord record(IntegrityKind kind, LocalDate until, Integer year, Instant lifted) {
            return new IntegrityRecord(UUID.randomUUID(), kind, "P-1", "330604", null, null, null, null, "x", null,
                    until, year, "hr.sy", Instant.parse("2025-01-01T00:00:00Z"), null, lifted == null ? null : "hr.sy",
                    lifted, null);
        }

        @Test
        void aBanBarsUntilItsLastDayInclusiveUnlessLifted() {
            Cases.Builder c = Cases.a();
            c.integrity = new IntegrityStanding(List.of(record(IntegrityKind.FRAUD_VETO, Cases.TODAY, null, null)));
            Finding refused = new IntegrityBan().check(c.get());
            assertThat(refused.code()).isEqualTo("eligibility.integrity-ban");
            assertThat(refused.notice()).isEqualTo("002-三(一)");

            c.integrity = new IntegrityStanding(List.of(record(IntegrityKind.BAN, Cases.TODAY.minusDays(1), null,
                    null)));
            assertThat(outcome(new IntegrityBan(), c)).isEqualTo(Finding.Outcome.PASSED);
            c.integrity = new IntegrityStanding(List.of(record(IntegrityKind.BAN, Cases.TODAY.plusYears(1), null,
                    Instant.parse("2026-01-01T00:00:00Z"))));
            assertThat(outcome(new IntegrityBan(), c)).isEqualTo(Finding.Outcome.PASSED);
        }

        @Test
        void anExclusionFromRecommendationHoldsForItsYear() {
            Cases.Builder c = Cases.a();
            c.integrity = new IntegrityStanding(List.of(record(IntegrityKind.RECOMMENDATION_EXCLUSION, null, 2026,
                    null)));
            assertThat(new RecommendationExclusion().check(c.get()).code())
                    .isEqualTo("eligibility.recommendation-excluded");
            c.integrity = new IntegrityStanding(List.of(record(IntegrityKind.RECOMMENDATION_EXCLUSION, null, 2025,
                    null)));
            assertThat(outcome(new RecommendationExclusion(), c)).isEqualTo(Finding.Outcome.PASSED);
        }
    }

    @Nested
    class OnePerItem {

        @Test
        void aSecondLiveApplicationForTheItemOrTheTitleThatYearIsRefused() {
            Cases.Builder c = Cases.a();
            UUID item = c.item.itemId();
            c.others = List.of(new ApplicationCase.OtherApplication(UUID.randomUUID(), item, 2026,
                    "ENGINEER_INTERMEDIATE", "UNIT_REVIEW", null, Set.of(), true));
            assertThat(new OneApplicationPerItem().check(c.get()).code())
                    .isEqualTo("eligibility.duplicate-application");

            c.others = List.of(new ApplicationCase.OtherApplication(UUID.randomUUID(), item, 2026,
                    "ENGINEER_INTERMEDIATE", "WITHDRAWN", null, Set.of(), false));
            assertThat(outcome(new OneApplicationPerItem(), c)).isEqualTo(Finding.Outcome.PASSED);
            c.others = List.of(new ApplicationCase.OtherApplication(UUID.randomUUID(), UUID.randomUUID(), 2026,
                    "ENGINEER_INTERMEDIATE", "DRAFT", null, Set.of(), true));
            assertThat(new OneApplicationPerItem().check(c.get()).code())
                    .isEqualTo("eligibility.duplicate-title-year");
        }
    }

    @Nested
    class InitialCertification000 {

        final InitialCertification rule = new InitialCertification(Cases.PROPERTIES);

        Cases.Builder graduate(UnitType type, LocalDate graduated, Boolean matches) {
            Cases.Builder c = Cases.a();
            c.route = Route.INITIAL_CERTIFICATION;
            c.title = Cases.ASSISTANT_ENGINEER;
            c.particulars = particulars(null, null, null, matches, null, null);
            c.archive = new ArchiveContent(c.archive.personal(), Cases.employment(type),
                    List.of(new ArchiveContent.Education(Degree.BACHELOR, "市场营销", "浙江工商大学", graduated, true)),
                    List.of(new ArchiveContent.WorkPeriod("某公司", graduated.plusDays(1), null, "技术员", true)),
                    List.of(), List.of(), List.of(), List.of());
            return c;
        }

        @Test
        void aBachelorIsCertifiedAsAssistantAfterOneYear() {
            assertThat(outcome(rule, graduate(UnitType.PRIVATE_INDUSTRIAL_ENTERPRISE, LocalDate.of(2025, 6, 30),
                    true))).isEqualTo(Finding.Outcome.PASSED);
            assertThat(rule.check(graduate(UnitType.PRIVATE_INDUSTRIAL_ENTERPRISE, LocalDate.of(2025, 9, 30),
                    true).get()).code()).isEqualTo("eligibility.initial-years");
        }

        @Test
        void aMismatchedMajorNeedsOneYearMoreAndOnlyInPrivateIndustry() {
            Finding oneYear = rule.check(graduate(UnitType.PRIVATE_INDUSTRIAL_ENTERPRISE, LocalDate.of(2025, 6, 30),
                    false).get());
            assertThat(oneYear.code()).isEqualTo("eligibility.initial-years");
            assertThat(oneYear.arguments()).containsExactly("BACHELOR", 1, 2);
            assertThat(outcome(rule, graduate(UnitType.PRIVATE_INDUSTRIAL_ENTERPRISE, LocalDate.of(2024, 6, 30),
                    false))).isEqualTo(Finding.Outcome.PASSED);
            Finding construction = rule.check(graduate(UnitType.PRIVATE_NON_INDUSTRIAL_ENTERPRISE,
                    LocalDate.of(2020, 6, 30), false).get());
            assertThat(construction.code()).isEqualTo("eligibility.major-mismatch");
            assertThat(construction.notice()).isEqualTo("000-二(三)");
        }

        @Test
        void onceCertifiedOnlyAHigherDegreeEarnedLaterCertifiesAgain() {
            Cases.Builder again = graduate(UnitType.PRIVATE_INDUSTRIAL_ENTERPRISE, LocalDate.of(2020, 6, 30), true);
            ArchiveContent a = again.archive;
            again.archive = new ArchiveContent(a.personal(), a.employment(), a.education(), a.work(),
                    List.of(new ArchiveContent.TitleHeld("ENGINEER_ASSISTANT", "助理工程师", "ASSISTANT_JUNIOR",
                            LocalDate.of(2021, 9, 1), "INITIAL_CERTIFICATION", "上虞区人力社保局", "C1")),
                    a.qualifications(), a.achievements(), a.representative());
            assertThat(rule.check(again.get()).code()).isEqualTo("eligibility.already-certified");

            List<ArchiveContent.Education> more = new java.util.ArrayList<>(again.archive.education());
            more.add(new ArchiveContent.Education(Degree.MASTER, "土木工程", "浙江大学", LocalDate.of(2023, 6, 30), true));
            ArchiveContent b = again.archive;
            again.archive = new ArchiveContent(b.personal(), b.employment(), more, b.work(), b.titles(),
                    b.qualifications(), b.achievements(), b.representative());
            again.title = Cases.ENGINEER;
            assertThat(outcome(rule, again)).isEqualTo(Finding.Outcome.PASSED);
        }
    }

    @Nested
    class Seniority {

        final NormalSeniority rule = new NormalSeniority(Cases.PROPERTIES);

        @Test
        void fourYearsAsAssistantEngineerCountedToTheCutOff() {
            Cases.Builder c = Cases.a();
            ArchiveContent a = c.archive;
            c.archive = new ArchiveContent(a.personal(), a.employment(), a.education(), a.work(),
                    List.of(new ArchiveContent.TitleHeld("ENGINEER_ASSISTANT", "助理工程师", "ASSISTANT_JUNIOR",
                            LocalDate.of(2022, 9, 2), "EVALUATION", "上虞区人力社保局", "Z")),
                    a.qualifications(), a.achievements(), a.representative());
            Finding refused = rule.check(c.get());
            assertThat(refused.code()).isEqualTo("eligibility.seniority");
            assertThat(refused.arguments()).contains(3, 4);

            c.today = LocalDate.of(2026, 9, 2);
            assertThat(outcome(rule, c)).isEqualTo(Finding.Outcome.PASSED);
            c.route = Route.QUANTITATIVE;
            assertThat(outcome(rule, c)).isEqualTo(Finding.Outcome.NOT_APPLICABLE);
        }
    }

    @Nested
    class HighSkilled002 {

        @Test
        void aTechnicianOfThreeYearsAppliesForEngineerNotForSeniorEngineer() {
            Cases.Builder c = Cases.a();
            c.route = Route.HIGH_SKILLED;
            ArchiveContent a = c.archive;
            c.archive = new ArchiveContent(a.personal(), a.employment(), a.education(), a.work(), List.of(),
                    List.of(new ArchiveContent.Qualification("VOCATIONAL", "电工", "技师", LocalDate.of(2023, 8, 1),
                            "JS-1")), a.achievements(), a.representative());
            HighSkilledQualification rule = new HighSkilledQualification(Cases.PROPERTIES);
            assertThat(outcome(rule, c)).isEqualTo(Finding.Outcome.PASSED);
            c.title = Cases.SENIOR_ENGINEER;
            assertThat(rule.check(c.get()).code()).isEqualTo("eligibility.skill-qualification");
            c.title = Cases.ACCOUNTANT;
            assertThat(rule.check(c.get()).code()).isEqualTo("eligibility.route-not-open");
        }
    }

    @Nested
    class OtherRoutes {

        @Test
        void exceptionalCaseByCaseDirectAndTransferNeedWhatTheyStandOn() {
            Cases.Builder c = Cases.a();
            c.route = Route.EXCEPTIONAL;
            assertThat(new ExceptionalGrounds().check(c.get()).code()).isEqualTo("eligibility.exceptional-grounds");
            c.particulars = particulars(null, null, null, null, "省科技进步一等奖第一完成人", null);
            assertThat(outcome(new ExceptionalGrounds(), c)).isEqualTo(Finding.Outcome.PASSED);

            c.route = Route.CASE_BY_CASE;
            c.particulars = Particulars.NONE;
            assertThat(new CaseByCase().check(c.get()).code()).isEqualTo("eligibility.case-grounds");

            c.route = Route.QUALIFICATION_DIRECT;
            assertThat(new QualificationDirect().check(c.get()).code())
                    .isEqualTo("eligibility.qualification-required");

            c.route = Route.TRANSFER_IN;
            assertThat(new TransferIn().check(c.get()).code()).isEqualTo("eligibility.transfer-title-missing");
            c.title = Cases.ASSISTANT_ENGINEER;
            assertThat(outcome(new TransferIn(), c)).isEqualTo(Finding.Outcome.PASSED);
        }

        @Test
        void seniorLevelsAndExceptionalRoutesNameTheirDepartment() {
            Cases.Builder c = Cases.a();
            c.title = Cases.SENIOR_ENGINEER;
            ArchiveContent.Employment e = Cases.employment(UnitType.PRIVATE_NON_INDUSTRIAL_ENTERPRISE);
            c.archive = Cases.archive(new ArchiveContent.Employment(e.unit(), e.unitName(), e.unitType(), e.region(),
                    null, e.unit(), "330604", "330604", "330604", null, null, false));
            DepartmentNamed rule = new DepartmentNamed(Cases.PROPERTIES);
            assertThat(rule.check(c.get()).code()).isEqualTo("eligibility.department-required");
            c.title = Cases.ENGINEER;
            assertThat(outcome(rule, c)).isEqualTo(Finding.Outcome.NOT_APPLICABLE);
            c.route = Route.EXCEPTIONAL;
            assertThat(rule.check(c.get()).code()).isEqualTo("eligibility.department-required");
        }
    }

    @Nested
    class CutOffsAndEducation003 {

        @Test
        void aRepresentativeAchievementAfterTheCutOffIsRefused() {
            Cases.Builder c = Cases.a();
            c.item = Cases.item(LocalDate.of(2026, 9, 30), "ITEM", "全区", LocalDate.of(2024, 4, 30));
            Finding refused = new AchievementsCutOff().check(c.get());
            assertThat(refused.code()).isEqualTo("eligibility.achievement-after-cut-off");
            c.item = Cases.item(LocalDate.of(2026, 9, 30), "ITEM", "全区", LocalDate.of(2024, 5, 1));
            assertThat(outcome(new AchievementsCutOff(), c)).isEqualTo(Finding.Outcome.PASSED);
        }

        @Test
        void continuingEducationPendingWhenUnansweredRefusedWhenNotCompliant() {
            Cases.Builder c = Cases.a();
            c.compliance = ApplicationCase.ComplianceAnswer.PENDING;
            assertThat(outcome(new ContinuingEducation(), c)).isEqualTo(Finding.Outcome.PENDING);
            c.compliance = new ApplicationCase.ComplianceAnswer("NON_COMPLIANT", true, null);
            Finding refused = new ContinuingEducation().check(c.get());
            assertThat(refused.code()).isEqualTo("eligibility.continuing-education");
            assertThat(refused.notice()).isEqualTo("002-二(二)");
        }
    }

    @Nested
    class ItemAndTitle {

        @Test
        void aClosedItemASuspendedCommitteeAndARecommendedOnlyTitleAreRefused() {
            Cases.Builder c = Cases.a();
            c.committeeSuspended = true;
            Finding suspended = new ItemOpen().check(c.get());
            assertThat(suspended.code()).isEqualTo("eligibility.committee-suspended");
            assertThat(suspended.notice()).isEqualTo("001-四");

            Cases.Builder full = Cases.a();
            full.title = new org.zhicheng.application.catalog.TitleInfo("ENGINEER_FULL_SENIOR", "正高级工程师",
                    "ENGINEERING", "工程", "FULL_SENIOR", false);
            assertThat(new TitleEvaluatedByItem().check(full.get()).code())
                    .isEqualTo("eligibility.title-recommended-only");
        }
    }
}

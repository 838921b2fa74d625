package org.zhicheng.application.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.zhicheng.application.application.Particulars;
import org.zhicheng.application.application.Route;
import org.zhicheng.application.archive.domain.AchievementType;
import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.archive.domain.Degree;
import org.zhicheng.application.archive.domain.UnitType;
import org.zhicheng.application.catalog.TitleInfo;
import org.zhicheng.application.integrity.IntegrityStanding;
import org.zhicheng.application.plan.PlanItem;

/**
 * Cases for the rules' tests: a Shangyu engineer (unit SY-U001, region 330604) applying for 工程师 under an item of
 * the Shangyu 2026 plan, eligible in every respect unless a test changes one thing.
 */
final class Cases {

    static final LocalDate TODAY = LocalDate.of(2026, 9, 1);
    static final TitleInfo ENGINEER = new TitleInfo("ENGINEER_INTERMEDIATE", "工程师", "ENGINEERING", "工程",
            "INTERMEDIATE", false);
    static final TitleInfo SENIOR_ENGINEER = new TitleInfo("ENGINEER_SENIOR", "高级工程师", "ENGINEERING", "工程",
            "DEPUTY_SENIOR", false);
    static final TitleInfo ASSISTANT_ENGINEER = new TitleInfo("ENGINEER_ASSISTANT", "助理工程师", "ENGINEERING", "工程",
            "ASSISTANT_JUNIOR", false);
    static final TitleInfo ACCOUNTANT = new TitleInfo("ACCOUNTANT_INTERMEDIATE", "会计师", "ACCOUNTING", "会计",
            "INTERMEDIATE", true);
    static final TitleInfo SENIOR_ACCOUNTANT = new TitleInfo("ACCOUNTANT_SENIOR", "高级会计师", "ACCOUNTING", "会计",
            "DEPUTY_SENIOR", true);

    static final EligibilityProperties PROPERTIES = new EligibilityProperties(120, List.of("ENGINEER_SENIOR"), 1,
            null, null, null, List.of("DEPUTY_SENIOR", "FULL_SENIOR"), List.of("EXCEPTIONAL", "CASE_BY_CASE"));

    private Cases() {
    }

    static ArchiveContent.Employment employment(UnitType type) {
        return new ArchiveContent.Employment("SY-U001", "绍兴市上虞区建设工程有限公司", type, "330604", "SY-D001",
                "SY-U001", "330604", "330604", "330604", LocalDate.of(2015, 7, 1), null, false);
    }

    static ArchiveContent archive() {
        return archive(employment(UnitType.PRIVATE_NON_INDUSTRIAL_ENTERPRISE));
    }

    static ArchiveContent archive(ArchiveContent.Employment employment) {
        UUID achievement = UUID.fromString("00000000-0000-0000-0000-00000000a001");
        return new ArchiveContent(new ArchiveContent.Personal("陈明", "MALE", LocalDate.of(1988, 5, 1), null, null,
                null), employment,
                List.of(new ArchiveContent.Education(Degree.BACHELOR, "土木工程", "浙江工业大学", LocalDate.of(2010, 6, 30),
                        true)),
                List.of(new ArchiveContent.WorkPeriod("绍兴市上虞区建设工程有限公司", LocalDate.of(2010, 7, 1), null,
                        "技术员", true)),
                List.of(new ArchiveContent.TitleHeld("ENGINEER_ASSISTANT", "助理工程师", "ASSISTANT_JUNIOR",
                        LocalDate.of(2020, 9, 1), "EVALUATION", "上虞区人力社保局", "ZC-2020-1")),
                List.of(),
                List.of(new ArchiveContent.Achievement(achievement, AchievementType.PROJECT, "某大桥施工技术研究",
                        LocalDate.of(2024, 5, 1), "负责人", null, List.of())),
                List.of(achievement));
    }

    static PlanItem item() {
        return item(LocalDate.of(2026, 9, 30), "ITEM", "全区", null);
    }

    static PlanItem item(LocalDate deadline, String from, String scope, LocalDate achievementsCutOff) {
        return new PlanItem(UUID.fromString("00000000-0000-0000-0000-0000000000b1"),
                UUID.fromString("00000000-0000-0000-0000-0000000000c1"), "2026年度中、高级职称评审计划", 2026, "330604",
                "REGULAR", UUID.randomUUID(), "SY-ENG-MID", "上虞区建设工程中级专业技术职务任职资格评审委员会",
                List.of("ENGINEER_INTERMEDIATE", "ENGINEER_ASSISTANT", "ACCOUNTANT_SENIOR", "ENGINEER_SENIOR"),
                List.of("ENGINEER_FULL_SENIOR"), List.of("建筑施工"), scope, Map.of(), List.of(), deadline, from, null,
                null, null, achievementsCutOff, Instant.parse("2026-05-24T02:00:00Z"), null);
    }

    /** A case built step by step; {@link #get()} makes it. */
    static final class Builder {
        ArchiveContent archive = archive();
        PlanItem item = item();
        TitleInfo title = ENGINEER;
        Route route = Route.NORMAL;
        Particulars particulars = Particulars.NONE;
        LocalDate today = TODAY;
        boolean first = true;
        List<ApplicationCase.OtherApplication> others = List.of();
        IntegrityStanding integrity = IntegrityStanding.CLEAN;
        Set<UUID> evidence = Set.of();
        boolean committeeSuspended;
        Integer unitSuspendedFor;
        ApplicationCase.ComplianceAnswer compliance = new ApplicationCase.ComplianceAnswer("COMPLIANT", true, null);

        ApplicationCase get() {
            return new ApplicationCase(UUID.fromString("00000000-0000-0000-0000-0000000000a0"), "P-1", archive, item,
                    title, title.code(), route, "建筑施工", particulars, today, first, others, integrity, evidence,
                    committeeSuspended, unitSuspendedFor, compliance);
        }
    }

    static Builder a() {
        return new Builder();
    }
}

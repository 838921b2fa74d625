package org.zhicheng.application.archive.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One version of a person's archive. Lists are never null; dates are Asia/Shanghai calendar dates.
 *
 * @param employment     where the person works and where their social insurance, personnel archive and labour
 *                       relation are (002 二(一): they should be in one place)
 * @param representative the achievements put forward as representative (代表性成果), by id, in the person's order
 */
public record ArchiveContent(Personal personal, Employment employment, List<Education> education,
        List<WorkPeriod> work, List<TitleHeld> titles, List<Qualification> qualifications,
        List<Achievement> achievements, List<UUID> representative) {

    public static final ArchiveContent EMPTY = new ArchiveContent(null, null, List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());

    public ArchiveContent {
        education = copy(education);
        work = copy(work);
        titles = copy(titles);
        qualifications = copy(qualifications);
        achievements = copy(achievements);
        representative = copy(representative);
    }

    /** Name and identity as the person gives them (the identity number is kept, never shown in a publicity). */
    public record Personal(String name, String gender, LocalDate birthDate, String idNumber, String mobile,
            String email) {
    }

    /**
     * @param unit      the employer's code (as the unit desk's token carries it)
     * @param region    GB/T 2260 code of the employer's region
     * @param socialInsuranceRegion region of the social insurance (社会保险)
     * @param archiveRegion         region of the personnel archive (人事档案)
     * @param laborRelationRegion   region of the labour relation (劳动关系)
     * @param socialInsuranceUnit   the unit paying the social insurance
     * @param socializedCommittee   the socialized-evaluation committee whose scope the unit is in (社会化评价, 000
     *                              三(三)), by code; null when none
     * @param selfEvaluating        the unit evaluates and appoints its own staff (自主评聘单位)
     */
    public record Employment(String unit, String unitName, UnitType unitType, String region, String department,
            String socialInsuranceUnit, String socialInsuranceRegion, String archiveRegion,
            String laborRelationRegion, LocalDate since, String socializedCommittee, Boolean selfEvaluating) {

        /** Whether the unit evaluates its own staff (自主评聘); unstated is no. */
        public boolean selfEvaluatingUnit() {
            return Boolean.TRUE.equals(selfEvaluating);
        }
    }

    public record Education(Degree degree, String major, String school, LocalDate graduatedOn, boolean fullTime) {
    }

    /** @param professional whether the period counts as professional technical work (专业技术工作) */
    public record WorkPeriod(String unit, LocalDate from, LocalDate to, String position, boolean professional) {
    }

    /** @param via how it was obtained: EVALUATION, EXAM, INITIAL_CERTIFICATION, TRANSFER */
    public record TitleHeld(String title, String name, String level, LocalDate obtainedOn, String via,
            String issuer, String certificateNumber) {
    }

    /** @param kind VOCATIONAL (职业技能等级) or PROFESSIONAL (职业资格, e.g. 注册建造师) */
    public record Qualification(String kind, String name, String level, LocalDate obtainedOn,
            String certificateNumber) {
    }

    /** @param evidence the person's evidence files proving it */
    public record Achievement(UUID id, AchievementType type, String title, LocalDate date, String role,
            String description, List<UUID> evidence) {

        public Achievement {
            evidence = copy(evidence);
        }
    }

    /** The achievement of this archive with the id, if any. */
    public java.util.Optional<Achievement> achievement(UUID id) {
        return achievements.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The highest degree recorded, or null. */
    public Degree highestDegree() {
        return education.stream().map(Education::degree).filter(java.util.Objects::nonNull)
                .max(Enum::compareTo).orElse(null);
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}

package org.zhicheng.plan.plan.domain;

import java.time.LocalDate;

/**
 * The plan-wide dates of 003: the staged deadlines (个人申报 → 单位推荐 → 地市推荐, 二(二)) and the cut-off dates for
 * seniority (资历计算时间截止) and achievements (业绩等相关材料截止, 一). Every one is optional; a plan without staged
 * deadlines uses its items' own application deadlines.
 */
public record PlanDates(
        LocalDate individualApplication,
        LocalDate unitRecommendation,
        LocalDate cityRecommendation,
        LocalDate seniorityCutOff,
        LocalDate achievementsCutOff) {

    public static final PlanDates NONE = new PlanDates(null, null, null, null, null);

    public LocalDate deadline(DeadlineStage stage) {
        return switch (stage) {
            case INDIVIDUAL_APPLICATION -> individualApplication;
            case UNIT_RECOMMENDATION -> unitRecommendation;
            case CITY_RECOMMENDATION -> cityRecommendation;
        };
    }

    PlanDates withDeadline(DeadlineStage stage, LocalDate date) {
        return switch (stage) {
            case INDIVIDUAL_APPLICATION -> new PlanDates(date, unitRecommendation, cityRecommendation,
                    seniorityCutOff, achievementsCutOff);
            case UNIT_RECOMMENDATION -> new PlanDates(individualApplication, date, cityRecommendation,
                    seniorityCutOff, achievementsCutOff);
            case CITY_RECOMMENDATION -> new PlanDates(individualApplication, unitRecommendation, date,
                    seniorityCutOff, achievementsCutOff);
        };
    }
}

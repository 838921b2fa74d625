package org.zhicheng.plan.plan.web;

import java.time.LocalDate;

/** The staged deadlines and cut-off dates of a plan (003), in requests and views; every one optional. */
public record PlanDatesBody(
        LocalDate individualApplication,
        LocalDate unitRecommendation,
        LocalDate cityRecommendation,
        LocalDate seniorityCutOff,
        LocalDate achievementsCutOff) {
}

package org.zhicheng.plan.plan.domain;

import java.util.List;

/** The rules a plan's content and edits must pass, applied together by the aggregate. */
public final class PlanRules {

    private final EvaluationWithinPlanYear withinYear = new EvaluationWithinPlanYear();
    private final PublishedDeadlineIsFixed deadlineFixed = new PublishedDeadlineIsFixed();
    private final ItemsHaveTitles itemsHaveTitles = new ItemsHaveTitles();
    private final StagedDeadlinesInOrder stagesInOrder = new StagedDeadlinesInOrder();
    private final DeadlineBeforeEvaluation beforeEvaluation;
    private final InitialCertificationBatches batches;
    private final TitlesFromCatalog fromCatalog;

    public PlanRules(CatalogCodes catalog) {
        this(catalog, PlanRuleSettings.SEED_NOTICES);
    }

    public PlanRules(CatalogCodes catalog, PlanRuleSettings settings) {
        this.fromCatalog = new TitlesFromCatalog(catalog);
        this.beforeEvaluation = new DeadlineBeforeEvaluation(settings.materialToEvaluationMinDays());
        this.batches = new InitialCertificationBatches(settings.initialCertificationMonths());
    }

    void checkContent(int year, PlanCategory category, PlanDates dates, List<PlanItem> items) {
        itemsHaveTitles.check(category, items);
        fromCatalog.check(items);
        checkDates(year, category, dates, items);
    }

    /** The date rules alone: also what a deadline change approved after publication must pass. */
    void checkDates(int year, PlanCategory category, PlanDates dates, List<PlanItem> items) {
        stagesInOrder.check(dates);
        withinYear.check(year, dates, items);
        beforeEvaluation.check(dates, items);
        batches.check(category, items);
    }

    void checkEditable(PlanStatus status) {
        deadlineFixed.check(status);
    }
}

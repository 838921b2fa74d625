package org.zhicheng.plan.plan.domain;

import java.util.List;

/** The rules a plan's content and edits must pass, applied together by the aggregate. */
public final class PlanRules {

    private final EvaluationWithinPlanYear withinYear = new EvaluationWithinPlanYear();
    private final PublishedDeadlineIsFixed deadlineFixed = new PublishedDeadlineIsFixed();
    private final ItemsHaveTitles itemsHaveTitles = new ItemsHaveTitles();
    private final TitlesFromCatalog fromCatalog;

    public PlanRules(CatalogCodes catalog) {
        this.fromCatalog = new TitlesFromCatalog(catalog);
    }

    void checkItems(int year, List<PlanItem> items) {
        itemsHaveTitles.check(items);
        fromCatalog.check(items);
        withinYear.check(year, items);
    }

    void checkEditable(PlanStatus status) {
        deadlineFixed.check(status);
    }
}

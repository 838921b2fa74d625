package org.zhicheng.plan.plan.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plan items name titles and specialties of the catalog (the series and titles of the seed notices), so applicants
 * and committees agree on what a plan covers. The first unknown code (in sorted order) is named.
 */
public final class TitlesFromCatalog {

    public static final String RULE = "catalog";
    public static final String UNKNOWN_TITLE = "plan.unknown-title";
    public static final String UNKNOWN_SPECIALTY = "plan.unknown-specialty";

    private final CatalogCodes catalog;

    public TitlesFromCatalog(CatalogCodes catalog) {
        this.catalog = catalog;
    }

    public void check(List<PlanItem> items) {
        Set<String> titles = new LinkedHashSet<>();
        Set<String> specialties = new LinkedHashSet<>();
        for (PlanItem item : items) {
            titles.addAll(item.evaluatedTitles());
            titles.addAll(item.recommendedTitles());
            specialties.addAll(item.specialties());
        }
        Set<String> unknownTitles = new TreeSet<>(catalog.unknownTitles(titles));
        if (!unknownTitles.isEmpty()) {
            throw new PlanRuleViolation(UNKNOWN_TITLE, RULE, unknownTitles.iterator().next());
        }
        Set<String> unknownSpecialties = new TreeSet<>(catalog.unknownSpecialties(specialties));
        if (!unknownSpecialties.isEmpty()) {
            throw new PlanRuleViolation(UNKNOWN_SPECIALTY, RULE, unknownSpecialties.iterator().next());
        }
    }
}

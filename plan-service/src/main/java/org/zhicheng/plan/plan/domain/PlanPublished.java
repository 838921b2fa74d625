package org.zhicheng.plan.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plan became public; consumers open applications and announce it. Data of the {@code PlanPublished} event.
 *
 * <p>Besides the codes, the event carries what a notice prints (title names, times as written, the staged dates),
 * so a consumer renders a readable notice without asking this service; those fields were added within version 1
 * and are optional for readers of older events.
 *
 * @param dates the plan's staged deadlines and cut-off dates (003), each null when the plan has none
 */
public record PlanPublished(
        UUID planId,
        int year,
        String region,
        PlanCategory category,
        String title,
        Instant publishedAt,
        Dates dates,
        List<Item> items) implements PlanEvent {

    public static final String TYPE = "PlanPublished";

    public PlanPublished {
        dates = dates == null ? Dates.of(PlanDates.NONE) : dates;
        items = List.copyOf(items);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int version() {
        return 1;
    }

    /**
     * The plan's dates in the event's own shape, so a later change of {@link PlanDates} does not silently change the
     * contract.
     */
    public record Dates(
            LocalDate individualApplication,
            LocalDate unitRecommendation,
            LocalDate cityRecommendation,
            LocalDate seniorityCutOff,
            LocalDate achievementsCutOff) {

        static Dates of(PlanDates dates) {
            return new Dates(dates.individualApplication(), dates.unitRecommendation(), dates.cityRecommendation(),
                    dates.seniorityCutOff(), dates.achievementsCutOff());
        }
    }

    /**
     * What consumers need of each item. Besides the codes and times, an item carries what application-service's read
     * model of published items keeps (who the committee is, which specialties and scope it accepts, whom it
     * excludes), so that service asks this one only for an item it never saw; those fields were added within
     * version 1 and are optional for readers of older events.
     *
     * @param committeeCode          the code of the registered committee the item is linked to (what a committee
     *                               office's {@code committees} claim lists), or null when not linked
     * @param evaluatedTitleNames    the Chinese names of {@code evaluatedTitles}, in the same order
     * @param recommendedTitleNames  the Chinese names of {@code recommendedTitles}, in the same order
     * @param applicationDeadline    the item's effective deadline, see {@link PlanItem#effectiveDeadline}
     * @param expectedEvaluationTime 预计评审时间 as the notice writes it, or null
     * @param materialDeadline       预计接收材料截止时间 as the notice writes it, or null
     * @param specialties            the catalog specialty codes, as the item holds them
     * @param acceptanceScope        评审（推荐）范围 as written, or null
     * @param acceptanceScopeByLevel level (in the notice's words) → scope; empty when the scope does not split by
     *                               level
     * @param exclusions             who may not apply under the item (自主评聘单位, 社会化评价, …)
     * @param applicants             申报对象 as written (001), or null
     */
    public record Item(
            UUID itemId,
            String committeeName,
            UUID committeeId,
            String committeeCode,
            List<String> evaluatedTitles,
            List<String> evaluatedTitleNames,
            List<String> recommendedTitles,
            List<String> recommendedTitleNames,
            LocalDate applicationDeadline,
            String expectedEvaluationTime,
            String materialDeadline,
            List<String> specialties,
            String acceptanceScope,
            Map<String, String> acceptanceScopeByLevel,
            List<String> exclusions,
            String applicants) {

        public Item {
            evaluatedTitles = List.copyOf(evaluatedTitles);
            evaluatedTitleNames = List.copyOf(evaluatedTitleNames);
            recommendedTitles = List.copyOf(recommendedTitles);
            recommendedTitleNames = List.copyOf(recommendedTitleNames);
            specialties = List.copyOf(specialties);
            acceptanceScopeByLevel = Map.copyOf(acceptanceScopeByLevel);
            exclusions = List.copyOf(exclusions);
        }
    }
}

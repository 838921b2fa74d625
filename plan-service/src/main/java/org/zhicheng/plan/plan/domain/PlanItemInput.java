package org.zhicheng.plan.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhicheng.plan.plan.domain.schedule.AcceptanceScope;
import org.zhicheng.plan.plan.domain.schedule.InvalidTimeExpression;
import org.zhicheng.plan.plan.domain.schedule.TimeExpression;

/**
 * A plan item as a notice row or an API client gives it: everything as text, read into a {@link PlanItem} against
 * the plan's year by {@link #toItem}. Times take every form of {@link TimeExpression}; 001's two columns go into
 * {@code evaluationStartTime} (启动时间) and {@code expectedEvaluationTime} (完成时间). When {@code exclusions} is
 * null they are read from the remarks and the scope ("社会化评价、民营企业自主评价除外", "全市（自主评聘单位除外）").
 */
public record PlanItemInput(
        String committeeName,
        UUID committeeId,
        List<String> evaluatedTitles,
        List<String> recommendedTitles,
        List<String> specialties,
        String acceptanceScope,
        String evaluationStartTime,
        String expectedEvaluationTime,
        String materialDeadline,
        LocalDate applicationDeadline,
        String receivingUnit,
        String phone,
        String remarks,
        List<String> exclusions,
        String applicants,
        String association) {

    public static final String INVALID_TIME = "plan.invalid-time";

    private static final Pattern EXCLUDED = Pattern.compile("(?:^|[（(；;，,\\s])([^（()；;，,\\s]+?)除外");

    /**
     * The item for a plan of {@code year}; {@code index} (from 0) names the field of a refused time.
     *
     * @throws PlanInputRejected when a time cannot be read, naming {@code items[index].<field>}
     */
    public PlanItem toItem(int year, int index) {
        TimeExpression expected = time(index, "expectedEvaluationTime", () -> evaluationStartTime == null
                || evaluationStartTime.isBlank()
                        ? TimeExpression.parseOptional(expectedEvaluationTime, year).orElse(null)
                        : TimeExpression.startCompletion(evaluationStartTime, expectedEvaluationTime, year));
        TimeExpression material = time(index, "materialDeadline",
                () -> TimeExpression.parseOptional(materialDeadline, year).orElse(null));
        return new PlanItem(UUID.randomUUID(), committeeName, committeeId, evaluatedTitles, recommendedTitles,
                specialties, AcceptanceScope.parse(acceptanceScope), expected, material, applicationDeadline,
                receivingUnit, phone, remarks, exclusions != null ? exclusions : exclusionsIn(remarks, acceptanceScope),
                applicants, association);
    }

    /** The same item naming the registered committee {@code id} (linked by name when the input gave none). */
    public PlanItemInput withCommitteeId(UUID id) {
        return new PlanItemInput(committeeName, id, evaluatedTitles, recommendedTitles, specialties, acceptanceScope,
                evaluationStartTime, expectedEvaluationTime, materialDeadline, applicationDeadline, receivingUnit,
                phone, remarks, exclusions, applicants, association);
    }

    /** All items of a plan of {@code year}, in order. */
    public static List<PlanItem> toItems(List<PlanItemInput> inputs, int year) {
        List<PlanItem> items = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            items.add(inputs.get(i).toItem(year, i));
        }
        return List.copyOf(items);
    }

    /** "社会化评价、民营企业自主评价除外" → [社会化评价, 民营企业自主评价]; texts without 除外 exclude nobody. */
    public static List<String> exclusionsIn(String... texts) {
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = EXCLUDED.matcher(text.strip());
            while (m.find()) {
                for (String part : m.group(1).split("[、/]")) {
                    if (!part.isBlank() && !found.contains(part.strip())) {
                        found.add(part.strip());
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static TimeExpression time(int index, String field, Supplier<TimeExpression> parse) {
        try {
            return parse.get();
        } catch (InvalidTimeExpression refused) {
            throw new PlanInputRejected("items[" + index + "]." + field, INVALID_TIME, refused.reason(),
                    refused.text(), refused.reason());
        }
    }
}

package org.zhicheng.plan.importing;

import java.util.List;

/**
 * One understood row, with titles and specialties as catalog codes and every other cell as written (times stay text:
 * the plan domain parses them).
 */
public record ImportedItem(
        int row,
        String committeeName,
        List<String> evaluatedTitles,
        List<String> recommendedTitles,
        List<String> specialties,
        String specialtiesText,
        String acceptanceScope,
        String expectedEvaluationTime,
        String materialDeadline,
        String startTime,
        String completionTime,
        String receivingUnit,
        String phone,
        String applicants,
        String remarks) {

    public ImportedItem {
        evaluatedTitles = List.copyOf(evaluatedTitles);
        recommendedTitles = List.copyOf(recommendedTitles);
        specialties = List.copyOf(specialties);
    }
}

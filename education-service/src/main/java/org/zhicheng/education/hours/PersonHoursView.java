package org.zhicheng.education.hours;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.zhicheng.education.hours.domain.HourCategory;

import io.swagger.v3.oas.annotations.media.Schema;

/** A person's ledger: the entries the reader may see, and their net totals per year and category. */
record PersonHoursView(String person, List<HourEntryView> records,
        @Schema(description = "net hours (records minus reversals) per year and category, years ascending")
        List<YearTotal> totals) {

    record YearTotal(int year, BigDecimal generalPublic, BigDecimal industryPublic, BigDecimal professional,
            BigDecimal total) {

        /** Net sums (records minus reversals) of the entries per year and category, years ascending. */
        static List<YearTotal> totals(List<HourEntry> entries) {
            Map<Integer, Map<HourCategory, BigDecimal>> byYear = new TreeMap<>();
            for (HourEntry entry : entries) {
                byYear.computeIfAbsent(entry.year(), year -> new TreeMap<>())
                        .merge(entry.category(), entry.hours(), BigDecimal::add);
            }
            return byYear.entrySet().stream().map(year -> {
                Map<HourCategory, BigDecimal> sums = year.getValue();
                BigDecimal general = sums.getOrDefault(HourCategory.GENERAL_PUBLIC, BigDecimal.ZERO.setScale(1));
                BigDecimal industry = sums.getOrDefault(HourCategory.INDUSTRY_PUBLIC, BigDecimal.ZERO.setScale(1));
                BigDecimal professional = sums.getOrDefault(HourCategory.PROFESSIONAL, BigDecimal.ZERO.setScale(1));
                return new YearTotal(year.getKey(), general, industry, professional,
                        general.add(industry).add(professional));
            }).toList();
        }
    }

}

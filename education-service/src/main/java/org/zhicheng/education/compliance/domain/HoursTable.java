package org.zhicheng.education.compliance.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

import org.zhicheng.education.hours.domain.HourCategory;

/** Net recorded hours (records minus reversals) of one person per year and category. */
public final class HoursTable {

    private final Map<Integer, Map<HourCategory, BigDecimal>> byYear = new HashMap<>();

    public HoursTable add(int year, HourCategory category, BigDecimal hours) {
        byYear.computeIfAbsent(year, y -> new EnumMap<>(HourCategory.class)).merge(category, hours, BigDecimal::add);
        return this;
    }

    public BigDecimal of(int year, HourCategory category) {
        return byYear.getOrDefault(year, Map.of()).getOrDefault(category, BigDecimal.ZERO);
    }

    public BigDecimal publicHours(int year) {
        return of(year, HourCategory.GENERAL_PUBLIC).add(of(year, HourCategory.INDUSTRY_PUBLIC));
    }

    public BigDecimal total(int year) {
        return publicHours(year).add(of(year, HourCategory.PROFESSIONAL));
    }

    public BigDecimal sum(int fromYear, int toYear, IntFunction<BigDecimal> perYear) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int year = fromYear; year <= toYear; year++) {
            sum = sum.add(perYear.apply(year));
        }
        return sum;
    }
}

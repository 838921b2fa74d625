package org.zhicheng.education.compliance.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

import org.zhicheng.education.hours.domain.HourCategory;

/**
 * Net recorded hours (records minus reversals) of one person per year and category, and per year and registration
 * system for rules that count only one system's hours (003).
 */
public final class HoursTable {

    private final Map<Integer, Map<HourCategory, BigDecimal>> byYear = new HashMap<>();
    private final Map<Integer, Map<String, BigDecimal>> bySystem = new HashMap<>();

    /** Adds hours of a year from a registration system (a reversal counts against its original's system). */
    public HoursTable addFromSystem(int year, String system, BigDecimal hours) {
        if (system != null) {
            bySystem.computeIfAbsent(year, y -> new HashMap<>()).merge(system, hours, BigDecimal::add);
        }
        return this;
    }

    public BigDecimal fromSystem(int year, String system) {
        return bySystem.getOrDefault(year, Map.of()).getOrDefault(system, BigDecimal.ZERO);
    }

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

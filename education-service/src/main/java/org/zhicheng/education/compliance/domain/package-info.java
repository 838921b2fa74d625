/**
 * Compliance with the continuing-education requirements, free of Spring: the rule kinds a rule set is made of
 * ({@link org.zhicheng.education.compliance.domain.YearlyMinimum} of 001 五(一),
 * {@link org.zhicheng.education.compliance.domain.PublicHoursWindow} of 002 二(二),
 * {@link org.zhicheng.education.compliance.domain.HoursOverWorkingYears} of 002 二(三)), each with its numbers as data,
 * and the findings they produce: per year (or window) and category, required against recorded.
 */
package org.zhicheng.education.compliance.domain;

package org.zhicheng.education.compliance.domain;

/**
 * What a compliance check is asked about. {@code level} is a catalog level code (CLERK_JUNIOR, ASSISTANT_JUNIOR,
 * INTERMEDIATE, DEPUTY_SENIOR, FULL_SENIOR); {@code requiredYears} the years of service the title requires.
 */
public record CheckCase(String person, String region, String level, String series, int applicationYear,
        int requiredYears, Education education, Route route) {
}

package org.zhicheng.notification.announcement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This service's own reading of application-service's {@code ResultPublished} event: the passed list (评审通过人员名单)
 * the HR bureau approved and published (002 一(五), 001 五(二)); only the fields the announcement prints.
 *
 * @param resultId the publication (one announcement per publication)
 */
public record PublishedResult(UUID resultId, String committee, String committeeName, String region, int year,
        String title, String approvalReference, Instant publishedAt, List<Passed> passed) {

    public PublishedResult {
        passed = passed == null ? List.of() : List.copyOf(passed);
    }

    /** One person who passed: name, unit, the title conferred and the specialty, as published. */
    public record Passed(String name, String unit, String title, String specialty) {
    }
}

package org.zhicheng.application.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * notification-service's publicities as the workflow opens them, with this service's service token (an opener
 * notification-service trusts, {@code zhicheng.notification.publicity.openers}) naming the unit or committee and the
 * user it acts for. Opening is idempotent by kind and subject: a repeat with the same content answers the publicity
 * already opened.
 */
@FeignClient(name = "notification", url = "${zhicheng.application.clients.notification:http://127.0.0.1:8085}")
public interface NotificationClient {

    @PostMapping("/api/v1/publicities")
    Opened open(@RequestBody Open request);

    record Open(String kind, Subject subject, String committee, String unit, String region, String publisher,
            String title, String body, Integer workingDays, List<Entry> entries, String onBehalfOf) {
    }

    record Subject(String type, String id) {
    }

    record Entry(UUID applicationId, String person, String name, String unit, String title, String specialty,
            List<String> representativeAchievements, String remark) {
    }

    record Opened(UUID id, String kind, String status, Period period, Instant openedAt) {
    }

    record Period(LocalDate startsOn, Integer workingDays, LocalDate endsOn, Instant closesAt, Boolean provisional) {
    }
}

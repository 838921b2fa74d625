package org.zhicheng.application.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * plan-service as this service calls it (with its service token): one published item, when the read model has not
 * seen its {@code PlanPublished}. The record is this service's reading of the answer; other fields are ignored.
 */
@FeignClient(name = "plan", url = "${zhicheng.application.clients.plan:http://127.0.0.1:8081}")
public interface PlanClient {

    @GetMapping("/api/v1/plan-items/{id}")
    PublishedItem item(@PathVariable("id") UUID id);

    record PublishedItem(UUID itemId, UUID planId, int year, String region, String category, String planTitle,
            String committeeName, UUID committeeId, String committeeCode, boolean committeeSuspended,
            List<String> evaluatedTitles, List<String> recommendedTitles, List<String> specialties,
            String acceptanceScope, Map<String, String> acceptanceScopeByLevel, List<String> exclusions,
            LocalDate applicationDeadline, LocalDate effectiveDeadline, Instant publishedAt, LocalDate publishedOn,
            String planStatus, Instant closedAt, Dates dates) {
    }

    record Dates(LocalDate individualApplication, LocalDate unitRecommendation, LocalDate cityRecommendation,
            LocalDate seniorityCutOff, LocalDate achievementsCutOff) {
    }
}

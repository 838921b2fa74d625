package org.zhicheng.plan.importing;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** An import job as the API shows it: status, progress (rows done of total), the draft plan and the report. */
public record ImportJobView(UUID id, ImportStatus status, String region, int year, String category, String title,
        String fileName, Progress progress, UUID planId, String failureCode, JsonNode report, Instant createdAt,
        Instant updatedAt) {

    /** Rows matched so far of the table's rows. */
    public record Progress(int rowsDone, int rowsTotal) {
    }
}

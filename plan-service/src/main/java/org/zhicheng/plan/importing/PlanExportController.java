package org.zhicheng.plan.importing;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.plan.plan.PlanQueries;
import org.zhicheng.plan.plan.domain.EvaluationPlan;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A plan as an XLSX in the notices' layout, for whoever may read the plan. */
@RestController
@Tag(name = "plan imports")
class PlanExportController {

    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanQueries queries;
    private final PlanExporter exporter;

    PlanExportController(PlanQueries queries, PlanExporter exporter) {
        this.queries = queries;
        this.exporter = exporter;
    }

    @GetMapping("/api/v1/plans/{id}/export.xlsx")
    @Operation(summary = "The plan as XLSX (same visibility as reading the plan; 404 for unpublished plans elsewhere)")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @AuthenticationPrincipal ZhichengPrincipal user) {
        EvaluationPlan plan = queries.find(id, user);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("plan-" + plan.year() + "-" + plan.region() + ".xlsx").build().toString())
                .body(exporter.export(plan));
    }
}

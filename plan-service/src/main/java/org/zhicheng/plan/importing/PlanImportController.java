package org.zhicheng.plan.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

/** Upload a plan table as the notices print it; the import runs as a job the caller polls. */
@RestController
@RequestMapping("/api/v1/plans/imports")
@Tag(name = "plan imports", description = "Plan tables (评审计划表) from notice text, CSV or XLSX into draft plans")
class PlanImportController {

    private final PlanImports imports;
    private final JsonMapper json;
    private final long maxFileSize;

    PlanImportController(PlanImports imports, JsonMapper json, ImportProperties properties) {
        this.imports = imports;
        this.json = json;
        this.maxFileSize = properties.maxFileSize().toBytes();
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = "Import a plan table as a draft plan (committee office or HR bureau of a covering region); "
            + "202 with the job")
    ResponseEntity<ImportJobView> start(@RequestPart("file") MultipartFile file,
            @Valid @ModelAttribute StartImportForm form, @AuthenticationPrincipal ZhichengPrincipal user) {
        if (file.getSize() > maxFileSize) {
            throw ImportProblems.tooLarge(file.getSize(), maxFileSize);
        }
        if (file.isEmpty()) {
            throw Problems.badRequest("import.empty", file.getOriginalFilename());
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportJob job = imports.start(new StartImport(form.year(), form.region(), form.category(), form.title(),
                form.table() == null ? 1 : form.table(), form.applicationDeadline(), file.getOriginalFilename(),
                content), user);
        return ResponseEntity.accepted().location(URI.create("/api/v1/plans/imports/" + job.id())).body(view(job));
    }

    @GetMapping("/{jobId}")
    @Operation(summary = "An import job: status, progress and the row-by-row report (its owner, or the HR bureau)")
    ImportJobView get(@PathVariable UUID jobId, @AuthenticationPrincipal ZhichengPrincipal user) {
        return view(imports.find(jobId, user));
    }

    private ImportJobView view(ImportJob job) {
        return new ImportJobView(job.id(), job.status(), job.region(), job.year(), job.category(), job.title(),
                job.fileName(), new ImportJobView.Progress(job.rowsDone(), job.rowsTotal()), job.planId(),
                job.failureCode(), job.report() == null ? null : json.readTree(job.report()), job.createdAt(),
                job.updatedAt());
    }
}

package org.zhicheng.plan.importing;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.zhicheng.plan.plan.domain.PlanCategory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form fields of an import besides the file; {@code table} picks one of several tables in a file (from 1). */
public record StartImportForm(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Pattern(regexp = "\\d{2}(\\d{2}){0,2}") String region,
        @NotNull PlanCategory category,
        @NotBlank @Size(max = 200) String title,
        @Min(1) @Max(100) Integer table,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate applicationDeadline) {
}

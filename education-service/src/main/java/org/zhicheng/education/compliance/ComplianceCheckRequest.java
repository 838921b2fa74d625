package org.zhicheng.education.compliance;

import org.zhicheng.education.compliance.domain.CheckCase;
import org.zhicheng.education.compliance.domain.Education;
import org.zhicheng.education.compliance.domain.Route;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The case to check. */
record ComplianceCheckRequest(
        @NotBlank @Size(max = 64) String person,
        @Schema(description = "GB/T 2260 code of the region whose rules apply (a district inherits its city's)")
        @NotBlank @Pattern(regexp = "\\d{2}(\\d{2}){0,2}") String region,
        @Schema(description = "target level: CLERK_JUNIOR, ASSISTANT_JUNIOR, INTERMEDIATE, DEPUTY_SENIOR, FULL_SENIOR")
        @NotBlank @Size(max = 40) String level,
        @Schema(description = "catalog series code, e.g. ENGINEERING") @Size(max = 60) String series,
        @NotNull @Min(2000) @Max(2100) Integer applicationYear,
        @Schema(description = "years of service (or of professional work, for initial certification) the title "
                + "requires") @NotNull @Min(0) @Max(40) Integer requiredYears,
        @NotNull Education education,
        @Schema(description = "EVALUATION (评审) or INITIAL_CERTIFICATION (初定)") @NotNull Route route) {

    CheckCase toCase() {
        return new CheckCase(person.trim(), region, level.trim(), series, applicationYear, requiredYears, education,
                route);
    }
}

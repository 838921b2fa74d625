package org.zhicheng.education.hours;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One entry of hours. The category is plain text so an unknown one is refused as {@code hours.unknown-category}
 * naming the field, rather than as an unreadable body.
 */
record RecordHoursRequest(
        @NotBlank @Size(max = 64) String person,
        @Schema(description = "GB/T 2260 code of the person's region (2, 4 or 6 digits)")
        @NotBlank @Pattern(regexp = "\\d{2}(\\d{2}){0,2}") String region,
        @Schema(description = "the person's unit; an employer may only give its own") @NotBlank @Size(max = 200)
        String unit,
        @NotNull @Min(1949) @Max(9999) Integer year,
        @Schema(description = "GENERAL_PUBLIC (一般公需), INDUSTRY_PUBLIC (行业公需) or PROFESSIONAL (专业科目)")
        @NotBlank String category,
        @Schema(description = "hours, in tenths at most; positive and at most zhicheng.education.hours.max-per-record")
        @NotNull BigDecimal hours,
        @Valid @NotNull Source source) {

    /** Where the hours come from; the certificate number, when given, may be held by one unreversed entry only. */
    record Source(
            @Schema(description = "the registration system (登记系统) holding the hours") @NotBlank @Size(max = 100)
            String system,
            @Size(max = 200) String provider,
            @Size(max = 300) String course,
            @Size(max = 100) String certificateNumber) {
    }
}

package org.zhicheng.education.hours;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A platform push: the batch id makes it idempotent (the same id again writes nothing). */
record BatchRequest(
        @Schema(description = "the platform's id of this batch; delivering the same id again changes nothing")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String batchId,
        @NotEmpty @Size(max = 2000) List<@Valid RecordHoursRequest> records) {
}

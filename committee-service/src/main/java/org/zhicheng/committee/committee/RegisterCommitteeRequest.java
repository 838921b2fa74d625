package org.zhicheng.committee.committee;

import java.util.List;

import org.zhicheng.committee.committee.domain.CommitteeKind;
import org.zhicheng.committee.committee.domain.CommitteeLevel;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Registering a committee (评委会登记). */
record RegisterCommitteeRequest(
        @Schema(description = "the committee's code, e.g. SY-ENG-MID; generated (C-000123) when absent",
                example = "SY-ENG-MID")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}") String code,
        @Schema(example = "上虞区工程系列中级评委会") @NotBlank @Size(max = 200) String name,
        @NotNull CommitteeLevel level,
        @NotNull CommitteeKind kind,
        @Schema(description = "catalog series code", example = "ENGINEERING") @NotBlank @Size(max = 40) String series,
        @Size(max = 100) List<@NotBlank @Size(max = 120) String> specialties,
        @Schema(description = "catalog title codes the committee evaluates (评审)")
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> evaluatedTitles,
        @Schema(description = "catalog title codes the committee only recommends upward (推荐)")
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> recommendedTitles,
        @Schema(description = "GB/T 2260 code of the territory", example = "330604")
        @NotBlank @Pattern(regexp = "[0-9]{2}([0-9]{2}([0-9]{2})?)?") String territory,
        @Schema(description = "组建单位") @Size(max = 200) String organisingUnit,
        @Schema(description = "the unit hosting the committee's office (评委会办公室)") @Size(max = 200) String officeUnit) {
}

package org.zhicheng.committee.expert;

import java.time.LocalDate;
import java.util.List;

import org.zhicheng.committee.expert.domain.ConflictType;
import org.zhicheng.committee.expert.domain.DisciplineKind;
import org.zhicheng.committee.expert.domain.TitleLevel;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the expert and pool API. */
final class ExpertRequests {

    private ExpertRequests() {
    }

    /** An expert profile (评审专家信息). */
    record CreateExpertRequest(
            @Schema(description = "for an expert who signs in, their token's person claim; generated (X-000123) "
                    + "when absent", example = "E-SY-0001")
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,63}") String id,
            @NotBlank @Size(max = 100) String name,
            @Schema(description = "the expert's title, code or name", example = "高级工程师")
            @NotBlank @Size(max = 120) String title,
            @NotNull TitleLevel titleLevel,
            @Schema(example = "ENGINEERING") @NotBlank @Size(max = 40) String series,
            @Schema(example = "机电制造") @NotBlank @Size(max = 120) String specialty,
            @NotBlank @Size(max = 200) String unit,
            @Schema(description = "GB/T 2260 code", example = "330604")
            @NotBlank @Pattern(regexp = "[0-9]{2}([0-9]{2}([0-9]{2})?)?") String region,
            @Size(max = 40) @Pattern(regexp = "[0-9+() -]*") String phone,
            @Size(max = 200) @Email String email) {
    }

    /** A conflict of interest: exactly one of person and unit. */
    record ConflictRequest(
            @NotNull ConflictType type,
            @Size(max = 100) String person,
            @Size(max = 200) String unit,
            @Size(max = 2000) String note,
            @Schema(description = "for an office pinning the conflict: which of its committees (default: the first "
                    + "whose pool holds the expert)")
            @Size(max = 40) String committee) {
    }

    record WithdrawalRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record DisciplineRequest(@NotNull DisciplineKind kind, @NotBlank @Size(max = 2000) String reason) {
    }

    /** Changes of a committee's pool to file with the HR bureau (000 三(一)). */
    record PoolChangeRequest(
            @Size(max = 200) List<@Valid @NotNull AddBody> add,
            @Size(max = 200) List<@Valid @NotNull RemoveBody> remove,
            @NotBlank @Size(max = 2000) String reason) {

        record AddBody(@NotBlank @Size(max = 64) String expert, @NotNull LocalDate termStart,
                @NotNull LocalDate termEnd) {
        }

        record RemoveBody(@NotBlank @Size(max = 64) String expert, @NotBlank @Size(max = 2000) String reason) {
        }
    }

    record ApprovalRequest(@Size(max = 2000) String reason) {
    }

    record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {
    }
}

package org.zhicheng.committee.meeting;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.zhicheng.committee.expert.domain.TitleLevel;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request bodies of the meeting API. */
final class MeetingRequests {

    private MeetingRequests() {
    }

    /** A new meeting of a committee, with what its panel is drawn from. */
    record CreateMeetingRequest(
            @Schema(description = "the committee's code", example = "LD-ENG-MID") @NotBlank @Size(max = 40)
            String committee,
            @Schema(example = "机电专业 2026 年第一次评审会") @NotBlank @Size(max = 200) String title,
            @Schema(description = "the meeting day (Asia/Shanghai), at least 7 days after today") @NotNull
            LocalDate date,
            @Size(max = 200) String venue,
            @Schema(description = "pool members' specialties the panel is drawn from", example = "[\"机电制造\"]")
            @NotEmpty Set<@NotBlank @Size(max = 120) String> specialties,
            @NotEmpty Set<@NotNull TitleLevel> titleLevels,
            @Schema(description = "seats of the panel (the draw wants an odd number)", example = "7")
            @NotNull @Min(1) @Max(99) Integer panelSize,
            @Schema(description = "alternates drawn besides the panel", example = "2") @NotNull @Min(0) @Max(99)
            Integer alternates) {
    }

    /** The whole meeting as amended (only while PLANNED). */
    record AmendMeetingRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate date,
            @Size(max = 200) String venue,
            @NotEmpty Set<@NotBlank @Size(max = 120) String> specialties,
            @NotEmpty Set<@NotNull TitleLevel> titleLevels,
            @NotNull @Min(1) @Max(99) Integer panelSize,
            @NotNull @Min(0) @Max(99) Integer alternates,
            @Size(max = 2000) String reason) {
    }

    /** An application to evaluate at the meeting. */
    record AssignApplicationRequest(
            @NotNull UUID applicationId,
            @Schema(description = "the applicant's person id") @NotBlank @Size(max = 100) String applicantPerson,
            @NotBlank @Size(max = 200) String applicantUnit,
            @Schema(description = "the title applied for", example = "ENGINEER") @NotBlank @Size(max = 120)
            String title,
            @Schema(example = "机电制造") @NotBlank @Size(max = 120) String specialty) {
    }

    /** The filing with the HR bureau (备案). */
    record FileMeetingRequest(
            @Schema(description = "how many applicants passed the qualification review") @NotNull @Min(0)
            Integer qualifiedCount,
            @Schema(description = "the qualification review (资格审查) in words") @NotBlank @Size(max = 4000)
            String qualificationReviewSummary,
            @Schema(description = "the pre-evaluation publicity (评前公示): its id or notice") @NotBlank
            @Size(max = 200) String prePublicityReference,
            @NotBlank @Size(max = 4000) String prePublicitySummary,
            @Schema(description = "the planned panel (评委会组成): pool, size, specialties") @NotBlank
            @Size(max = 4000) String panelCompositionSummary) {
    }

    /** The HR bureau's consent, citing its written opinion (书面意见). */
    record ApproveMeetingRequest(@Schema(example = "莲人社函〔2026〕88号") @NotBlank @Size(max = 200)
    String consentReference, @Size(max = 2000) String note) {
    }

    record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }
}

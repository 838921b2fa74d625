package org.zhicheng.notification.publicity;

import java.util.List;
import java.util.UUID;

import org.zhicheng.notification.publicity.domain.PublicityKind;
import org.zhicheng.notification.publicity.domain.SubjectType;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The request bodies of the publicity API. */
final class PublicityRequests {

    private PublicityRequests() {
    }

    @Schema(description = "A publicity to open. A unit publicity is opened by the unit's HR desk (its unit and region "
            + "come from the token); a pre-evaluation or result publicity by the committee's office, naming the "
            + "committee. The workflow's service account names the unit and region, or the committee, itself.")
    record OpenPublicityRequest(
            @NotNull PublicityKind kind,
            @NotNull @Valid SubjectRequest subject,
            @Schema(description = "the committee's code (PRE_EVALUATION, RESULT)", example = "SY-ENG-MID")
            @Size(max = 40) String committee,
            @Schema(description = "the unit (UNIT; only the workflow's service account names it)") @Size(max = 100)
            String unit,
            @Schema(description = "the unit's region (UNIT; only the workflow's service account names it)")
            @Pattern(regexp = "\\d{2}(\\d{2}){0,2}") String region,
            @Schema(description = "the unit's name as the public sees it (UNIT); a committee's publicity shows the "
                    + "committee's name", example = "绍兴市上虞区建设工程有限公司") @Size(max = 300) String publisher,
            @Schema(example = "关于陈明同志申报工程师职称的公示") @NotBlank @Size(max = 300) String title,
            @Schema(description = "the public text: what is publicised, how and until when to object")
            @NotBlank @Size(max = 20000) String body,
            @Valid ContactRequest contact,
            @Schema(description = "working days it runs; at least the kind's minimum (5); default the minimum")
            @Min(1) @Max(60) Integer workingDays,
            @NotEmpty @Size(max = 2000) List<@NotNull @Valid EntryRequest> entries,
            @Schema(description = "the user the workflow's service account acts for (recorded with it)")
            @Size(max = 200) String onBehalfOf) {
    }

    record SubjectRequest(
            @NotNull SubjectType type,
            @Schema(description = "the application id, the list's id or the meeting id") @NotBlank @Size(max = 100)
            String id) {
    }

    @Schema(description = "Where to raise objections besides the platform; the office's contact, shown to everyone")
    record ContactRequest(
            @Size(max = 200) String office,
            @Pattern(regexp = "[0-9+() -]*") @Size(max = 40) String phone,
            @Email @Size(max = 200) String email,
            @Size(max = 300) String address) {
    }

    @Schema(description = "A person or item the publicity shows. applicationId and person are never shown to the "
            + "public: they tie the entry to the workflow and to the person's inbox.")
    record EntryRequest(
            UUID applicationId,
            @Size(max = 100) String person,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 200) String unit,
            @Schema(description = "the title applied for", example = "工程师") @NotBlank @Size(max = 200) String title,
            @Size(max = 200) String specialty,
            @Size(max = 20) List<@NotBlank @Size(max = 1000) String> representativeAchievements,
            @Schema(description = "e.g. the result in a result publicity", example = "评审通过") @Size(max = 500)
            String remark) {
    }

    record CloseRequest(@Size(max = 2000) String reason) {
    }
}

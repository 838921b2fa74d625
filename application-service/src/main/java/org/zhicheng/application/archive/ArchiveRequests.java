package org.zhicheng.application.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.application.archive.domain.AchievementType;
import org.zhicheng.application.archive.domain.Degree;
import org.zhicheng.application.archive.domain.UnitType;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The request body of the archive API: the whole archive as the person keeps it. */
final class ArchiveRequests {

    private ArchiveRequests() {
    }

    @Schema(description = "The whole archive; each PUT is a new version (If-Match the version read)")
    record ArchiveRequest(
            @Valid PersonalRequest personal,
            @Valid EmploymentRequest employment,
            @Size(max = 20) List<@NotNull @Valid EducationRequest> education,
            @Size(max = 50) List<@NotNull @Valid WorkRequest> work,
            @Size(max = 20) List<@NotNull @Valid TitleRequest> titles,
            @Size(max = 30) List<@NotNull @Valid QualificationRequest> qualifications,
            @Size(max = 300) List<@NotNull @Valid AchievementRequest> achievements,
            @Schema(description = "ids of achievements put forward as representative (代表性成果), at most 5 by default")
            @Size(max = 20) List<@NotNull UUID> representative) {
    }

    record PersonalRequest(
            @NotBlank @Size(max = 100) String name,
            @Pattern(regexp = "MALE|FEMALE") String gender,
            @PastOrPresent LocalDate birthDate,
            @Schema(description = "resident identity card number; never shown in a publicity")
            @Pattern(regexp = "\\d{17}[\\dXx]") String idNumber,
            @Pattern(regexp = "(\\+?86)?1[3-9]\\d{9}") String mobile,
            @Email @Size(max = 200) String email) {
    }

    record EmploymentRequest(
            @Schema(description = "the employer's code, as the unit desk's token carries it", example = "SY-U001")
            @NotBlank @Size(max = 100) String unit,
            @Size(max = 200) String unitName,
            @NotNull UnitType unitType,
            @Pattern(regexp = "\\d{2}(\\d{2}){0,2}") @NotBlank String region,
            @Schema(description = "the competent department's code (行业主管部门)") @Size(max = 100) String department,
            @Size(max = 200) String socialInsuranceUnit,
            @Pattern(regexp = "\\d{2}(\\d{2}){0,2}") String socialInsuranceRegion,
            @Pattern(regexp = "\\d{2}(\\d{2}){0,2}") String archiveRegion,
            @Pattern(regexp = "\\d{2}(\\d{2}){0,2}") String laborRelationRegion,
            @PastOrPresent LocalDate since,
            @Schema(description = "the socialized-evaluation committee (社会化评价) whose scope the unit is in, by code")
            @Size(max = 40) String socializedCommittee,
            @Schema(description = "the unit evaluates and appoints its own staff (自主评聘单位)") Boolean selfEvaluating) {
    }

    record EducationRequest(@NotNull Degree degree, @Size(max = 100) String major, @Size(max = 200) String school,
            @PastOrPresent LocalDate graduatedOn, boolean fullTime) {
    }

    record WorkRequest(@NotBlank @Size(max = 200) String unit, @NotNull @PastOrPresent LocalDate from,
            LocalDate to, @Size(max = 100) String position, boolean professional) {
    }

    record TitleRequest(
            @Schema(description = "catalog title code", example = "ENGINEER_INTERMEDIATE") @Size(max = 60) String title,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 30) String level,
            @NotNull @PastOrPresent LocalDate obtainedOn,
            @Pattern(regexp = "EVALUATION|EXAM|INITIAL_CERTIFICATION|TRANSFER") String via,
            @Size(max = 200) String issuer,
            @Size(max = 100) String certificateNumber) {
    }

    record QualificationRequest(@Pattern(regexp = "VOCATIONAL|PROFESSIONAL") @NotNull String kind,
            @NotBlank @Size(max = 100) String name, @Size(max = 30) String level,
            @PastOrPresent LocalDate obtainedOn, @Size(max = 100) String certificateNumber) {
    }

    record AchievementRequest(
            @Schema(description = "kept across versions; a new achievement may omit it") UUID id,
            @NotNull AchievementType type,
            @NotBlank @Size(max = 500) String title,
            @PastOrPresent LocalDate date,
            @Size(max = 100) String role,
            @Size(max = 5000) String description,
            @Size(max = 20) List<@NotNull UUID> evidence) {
    }
}

package org.zhicheng.plan.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the admin's catalog writes. Codes are upper-case identifiers, unique in their table. */
final class CatalogRequests {

    static final String CODE = "[A-Z][A-Z0-9_]{1,59}";

    private CatalogRequests() {
    }

    /** A new series. */
    record NewSeries(
            @NotBlank @Pattern(regexp = CODE) @Size(max = 40) String code,
            @NotBlank @Size(max = 60) String nameZh,
            @NotBlank @Size(max = 120) String nameEn,
            @Schema(description = "junior and intermediate titles only by national exam") boolean examOnly) {
    }

    /** A series' names, exam-only flag and whether new plans may use it. */
    record SeriesChange(
            @NotBlank @Size(max = 60) String nameZh,
            @NotBlank @Size(max = 120) String nameEn,
            boolean examOnly,
            @NotNull Boolean active) {
    }

    /** A new specialty of the series in the path. */
    record NewSpecialty(
            @NotBlank @Pattern(regexp = CODE) @Size(max = 60) String code,
            @NotBlank @Size(max = 120) String nameZh) {
    }

    /** A specialty's name and whether new plans may use it. */
    record SpecialtyChange(@NotBlank @Size(max = 120) String nameZh, @NotNull Boolean active) {
    }

    /** A new title of a series at a level; both must exist. */
    record NewTitle(
            @NotBlank @Pattern(regexp = CODE) @Size(max = 60) String code,
            @NotBlank @Size(max = 40) String series,
            @NotBlank @Size(max = 30) String level,
            @NotBlank @Size(max = 120) String nameZh) {
    }

    /** A title's series, level, name and whether new plans may use it. */
    record TitleChange(
            @NotBlank @Size(max = 40) String series,
            @NotBlank @Size(max = 30) String level,
            @NotBlank @Size(max = 120) String nameZh,
            @NotNull Boolean active) {
    }

    /** Another name of an existing title, as a notice spells it. */
    record NewTitleAlias(
            @NotBlank @Size(max = 120) String alias,
            @NotBlank @Size(max = 60) String title,
            @Size(max = 300) String note) {
    }
}

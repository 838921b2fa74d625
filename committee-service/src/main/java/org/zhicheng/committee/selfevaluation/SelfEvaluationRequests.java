package org.zhicheng.committee.selfevaluation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The request bodies of the self-evaluation API. */
final class SelfEvaluationRequests {

    private SelfEvaluationRequests() {
    }

    /** What an annual filing is: a three-year plan (for its first year), the year's scheme, or its summary. */
    enum AnnualFilingKind {
        THREE_YEAR_PLAN, ANNUAL_SCHEME, SUMMARY
    }

    /**
     * @param year        the evaluation year; for a three-year plan its first year
     * @param documentRef the filing's document number or archive id
     */
    record FileFilingRequest(@NotNull AnnualFilingKind kind, @NotNull @Min(2000) @Max(2100) Integer year,
            @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String documentRef,
            @Size(max = 4000) String summary) {
    }

    /** @param applicationCount the applications the meeting will evaluate */
    record ReportMeetingRequest(@NotNull LocalDate meetingDate, @NotNull @PositiveOrZero Integer applicationCount,
            @NotBlank @Size(max = 4000) String summary) {
    }
}

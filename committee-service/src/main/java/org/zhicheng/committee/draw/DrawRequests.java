package org.zhicheng.committee.draw;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The draw API's request bodies. */
final class DrawRequests {

    private DrawRequests() {
    }

    /** Why the expert declines; kept in the private log, never published. */
    record DeclineRequest(@Schema(example = "出差在外") @NotBlank @Size(max = 500) String reason) {
    }

    /**
     * An expert picked by name (应急抽取). The consent reference is checked by the rule (422 naming 000-三(一) when
     * missing), not by the shape of the request.
     */
    record EmergencyPickRequest(@Schema(example = "E-SY-0007") @NotBlank @Size(max = 64) String expertId,
            @Schema(example = "虞人社函〔2026〕12号") @Size(max = 200) String hrConsentReference) {
    }
}

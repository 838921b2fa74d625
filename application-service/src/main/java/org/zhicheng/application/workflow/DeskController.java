package org.zhicheng.application.workflow;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.application.application.Application;
import org.zhicheng.application.application.ApplicationView;
import org.zhicheng.application.plan.PlanItems;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "workflow", description = "The desks' steps: unit review and publicity, recommendations, acceptance, "
        + "qualification review, publicities of lists and results, send-back, rejection, fraud veto")
class DeskController {

    private static final String DESK = " 404 application.not-found outside the caller's scope; 403 "
            + "application.not-your-desk when another desk holds it; 409 application.wrong-state.";

    private final DeskSteps steps;
    private final PublicityBatches batches;
    private final PlanItems planItems;

    DeskController(DeskSteps steps, PublicityBatches batches, PlanItems planItems) {
        this.steps = steps;
        this.batches = batches;
        this.planItems = planItems;
    }

    record ReasonRequest(@Size(max = 2000) String reason) {
    }

    record RequiredReason(@NotBlank @Size(max = 2000) String reason) {
    }

    record UnitApproval(@Min(1) @Max(60) Integer workingDays, @Size(max = 20000) String text,
            @Size(max = 2000) String reason) {
    }

    record ListPublicity(@NotBlank @Size(max = 40) String committee,
            @NotEmpty @Size(max = 500) List<@NotNull UUID> applicationIds, @Min(1) @Max(60) Integer workingDays,
            @Size(max = 300) String title, @Size(max = 20000) String text) {
    }

    record ResultPublicity(@NotNull UUID meetingId, @Min(1) @Max(60) Integer workingDays,
            @Size(max = 300) String title, @Size(max = 20000) String text) {
    }

    @PostMapping("/{id}/unit-approval")
    @Operation(summary = "The unit's review passed: its publicity of at least 5 working days opens (002 一(二))",
            description = "The publicity is opened in notification-service (503 unavailable when it cannot be; "
                    + "nothing changes); PublicityClosed moves it to UNIT_RECOMMENDATION." + DESK)
    ApplicationView unitApproval(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) UnitApproval body) {
        UnitApproval b = body == null ? new UnitApproval(null, null, null) : body;
        return view(steps.unitApprove(user, id, b.workingDays(), b.text(), b.reason()), user);
    }

    @PostMapping("/{id}/unit-recommendation")
    @Operation(summary = "The unit recommends after its publicity",
            description = "422 application.stage-deadline-passed (003-四(二)) after the unit deadline, "
                    + "eligibility.recommendation-excluded (002-三(一))." + DESK)
    ApplicationView unitRecommendation(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) ReasonRequest body) {
        return view(steps.unitRecommend(user, id, reason(body)), user);
    }

    @PostMapping("/{id}/department-recommendation")
    @Operation(summary = "The competent department recommends upward",
            description = "422 application.stage-deadline-passed (003-四(二)) after the city-level deadline." + DESK)
    ApplicationView departmentRecommendation(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) ReasonRequest body) {
        return view(steps.departmentRecommend(user, id, reason(body)), user);
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "The committee office accepts it (受理); emits ApplicationAccepted" + DESK)
    ApplicationView acceptance(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) ReasonRequest body) {
        return view(steps.accept(user, id, reason(body)), user);
    }

    @PostMapping("/{id}/qualification")
    @Operation(summary = "The qualification review passed (资格审查, 002 一(三))",
            description = "409 application.compliance-pending while education-service has not answered; 422 "
                    + "eligibility.continuing-education (002-二(二)) when not compliant." + DESK)
    ApplicationView qualification(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) ReasonRequest body) {
        return view(steps.qualify(user, id, reason(body)), user);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Send back to the applicant for amendment, with the reason (退回修改)" + DESK)
    ApplicationView sendBack(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody RequiredReason body) {
        return view(steps.sendBack(user, id, body.reason()), user);
    }

    @PostMapping("/{id}/rejection")
    @Operation(summary = "Reject, with the reason (不予通过)" + DESK)
    ApplicationView rejection(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody RequiredReason body) {
        return view(steps.reject(user, id, body.reason()), user);
    }

    @PostMapping("/{id}/veto")
    @Operation(summary = "One-vote veto for fraud (一票否决, 002 三(一)) by any desk with it in scope, at any step",
            description = "Recorded in the integrity archive with a ban; a certificate is revoked. 404 outside the "
                    + "caller's scope; 403 application.not-your-desk for an applicant or expert.")
    ApplicationView veto(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody RequiredReason body) {
        return view(steps.veto(user, id, body.reason()), user);
    }

    @PostMapping("/pre-evaluation-publicities")
    @Operation(summary = "The office's pre-evaluation publicity of qualified applications (评前公示, 002 一(三))",
            description = "All move to PRE_EVALUATION_PUBLICITY or none. 403 application.other-committee-office; "
                    + "409 application.wrong-state naming the first not QUALIFIED; 503 when notification-service "
                    + "cannot open it.")
    PublicityBatches.Opened preEvaluation(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestBody ListPublicity body) {
        return batches.preEvaluation(user, body.committee(), body.applicationIds(), body.workingDays(), body.title(),
                body.text());
    }

    @PostMapping("/result-publicities")
    @Operation(summary = "The office's result publicity of a meeting's passed applications (评后公示, 002 一(五))",
            description = "409 application.nothing-to-publicise when none of the meeting's applications is PASSED.")
    PublicityBatches.Opened results(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestBody ResultPublicity body) {
        return batches.results(user, body.meetingId(), body.workingDays(), body.title(), body.text());
    }

    private ApplicationView view(Application a, ZhichengPrincipal user) {
        return ApplicationView.of(a, planItems.known(a.fixed().planItemId()).orElse(null), user);
    }

    private static String reason(ReasonRequest body) {
        return body == null ? null : body.reason();
    }
}

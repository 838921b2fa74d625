package org.zhicheng.committee.selfevaluation;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.committee.selfevaluation.SelfEvaluationRequests.FileFilingRequest;
import org.zhicheng.committee.selfevaluation.SelfEvaluationRequests.ReportMeetingRequest;
import org.zhicheng.committee.selfevaluation.SelfEvaluationViews.FilingView;
import org.zhicheng.committee.selfevaluation.SelfEvaluationViews.MeetingReportView;
import org.zhicheng.committee.selfevaluation.SelfEvaluationViews.OverdueFlagView;
import org.zhicheng.committee.selfevaluation.domain.Filing;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/self-evaluation")
@Tag(name = "self-evaluation", description = "Units with self-evaluation rights (自主评聘): filings, meeting reports, "
        + "overdue flags (001 五(三), 002 三(二))")
class SelfEvaluationController {

    private final FilingService filings;
    private final MeetingReportService reports;
    private final OverdueFlagService flags;
    private final SelfEvaluationAccess access;
    private final SelfEvaluationWebMapper mapper;

    SelfEvaluationController(FilingService filings, MeetingReportService reports, OverdueFlagService flags,
            SelfEvaluationAccess access, SelfEvaluationWebMapper mapper) {
        this.filings = filings;
        this.reports = reports;
        this.flags = flags;
        this.access = access;
        this.mapper = mapper;
    }

    @PostMapping("/{committee}/filings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a three-year plan, the year's scheme or its summary: the committee's office",
            description = "Plan and scheme of year Y are due on 30 Nov of Y, the summary on 28 Feb of Y+1 (inclusive, "
                    + "001-五(三)). A late filing is accepted and answered with late=true and daysOverdue. A "
                    + "re-filing of the same (kind, year) is the next version; earlier versions stay. Clears the open "
                    + "overdue flags it answers. 422 self-evaluation.not-self-evaluating (rule 002-三(二)) for a "
                    + "committee without self-evaluation rights; 403 self-evaluation.role-required / "
                    + "committee.out-of-scope; 404 committee.not-found; 400 for invalid input.")
    FilingView file(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String committee,
            @Valid @RequestBody FileFilingRequest body) {
        Filing filing = filings.file(mapper.toCommand(committee, body), user);
        return mapper.toView(filing, committee, true);
    }

    @GetMapping("/{committee}/filings")
    @Operation(summary = "The committee's filings, every version: its office, or the HR bureau covering it",
            description = "Ordered by kind, year and version; current=true marks the latest version of each (kind, "
                    + "year). 403 self-evaluation.role-required / committee.out-of-scope; 404 committee.not-found.")
    List<FilingView> filings(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String committee,
            @Parameter(description = "only this evaluation year") @RequestParam(required = false) Integer year) {
        return mapper.toFilingViews(filings.list(committee, year, user), committee);
    }

    @PostMapping("/{committee}/meeting-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a self-evaluation meeting: the committee's office, 5 working days ahead",
            description = "The report day and the days up to the eve of the meeting must hold 5 working days on the "
                    + "working-day calendar; lastReportDay, provisional and calendarSources say what the count rests "
                    + "on (provisional=true for a year without calendar data). 422 self-evaluation.report-lead-time "
                    + "(rule 001-五(三)) when later; 422 self-evaluation.not-self-evaluating; 409 committee.wrong-state "
                    + "(rule 001-四) while suspended; 403 self-evaluation.role-required / committee.out-of-scope; "
                    + "404 committee.not-found.")
    MeetingReportView report(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String committee,
            @Valid @RequestBody ReportMeetingRequest body) {
        return mapper.toView(reports.report(mapper.toCommand(committee, body), user), committee);
    }

    @GetMapping("/{committee}/meeting-reports")
    @Operation(summary = "The committee's meeting reports: its office, or the HR bureau covering it",
            description = "403 self-evaluation.role-required / committee.out-of-scope; 404 committee.not-found.")
    List<MeetingReportView> reports(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String committee,
            @Parameter(description = "only meetings in this year") @RequestParam(required = false) Integer year) {
        return mapper.toReportViews(reports.list(committee, year, user), committee);
    }

    @GetMapping("/overdue")
    @Operation(summary = "Overdue flags of self-evaluating committees in a region: HR bureaus",
            description = "Missing plans, schemes and summaries found by the daily scan, once per (committee, kind, "
                    + "year), oldest due date first. A flag clears when the filing arrives; withCleared=true lists "
                    + "the cleared ones too. region defaults to the bureau's own and covers its subtree (3306 "
                    + "includes 330604). 403 self-evaluation.role-required / self-evaluation.region-out-of-scope; "
                    + "400 self-evaluation.region-invalid.")
    List<OverdueFlagView> overdue(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean withCleared) {
        return mapper.toFlagViews(flags.list(region, withCleared, user), access.today());
    }
}

package org.zhicheng.application.application;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.committee.PanelAccess;
import org.zhicheng.application.eligibility.EligibilityReport;
import org.zhicheng.application.plan.PlanItems;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.ETags;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "applications", description = "Applications (申报): the applicant's drafts, dry runs, submissions and "
        + "withdrawals; every desk's lists, work queues and reads")
class ApplicationController {

    private final Applications applications;
    private final ApplicationQueries queries;
    private final ApplicationRepository repository;
    private final SubmissionRepository submissions;
    private final PlanItems planItems;
    private final PanelAccess panels;
    private final FindingMessages messages;

    ApplicationController(Applications applications, ApplicationQueries queries, ApplicationRepository repository,
            SubmissionRepository submissions, PlanItems planItems, PanelAccess panels, FindingMessages messages) {
        this.applications = applications;
        this.queries = queries;
        this.repository = repository;
        this.submissions = submissions;
        this.planItems = planItems;
        this.panels = panels;
        this.messages = messages;
    }

    record ApplicationRequest(@NotNull UUID planItemId, @NotNull @Size(max = 60) String title, @NotNull Route route,
            @Size(max = 200) String specialty, @Valid ParticularsBody particulars) {

        Applications.Request toRequest() {
            return new Applications.Request(planItemId, title.strip(), route, specialty,
                    particulars == null ? Particulars.NONE : particulars.toParticulars());
        }
    }

    record AmendRequest(@NotNull Route route, @Size(max = 200) String specialty, @Valid ParticularsBody particulars) {
    }

    record ParticularsBody(@jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(1000)
            Integer selfScore, UUID entrustmentLetter, @Size(max = 200) String postApproval,
            java.time.LocalDate postApprovedOn, Boolean majorMatches, @Size(max = 4000) String grounds,
            UUID appointmentProof) {

        Particulars toParticulars() {
            return new Particulars(selfScore, entrustmentLetter, postApproval, postApprovedOn, majorMatches, grounds,
                    appointmentProof);
        }
    }

    record SubmitRequest(boolean pledge) {
    }

    record ReasonRequest(@Size(max = 2000) String reason) {
    }

    record FindingView(String rule, String notice, String outcome, String code, String message) {
    }

    record EligibilityView(boolean eligible, boolean pending, List<FindingView> findings) {
    }

    record SubmissionView(int submission, int archiveVersion, String pledge, String submittedBy,
            java.time.Instant submittedAt, ArchiveContent snapshot, List<FindingView> findings) {
    }

    @PostMapping
    @Operation(summary = "A new draft for a published plan item and a title (applicants)",
            description = "201 + Location + ETag. 404 plan-item.not-found; 400 application.title-unknown; 422 "
                    + "eligibility.archive-incomplete (002-一(二)), eligibility.committee-unregistered (001-四), "
                    + "eligibility.duplicate-application (000-三(三)); 403 application.role-required.")
    ResponseEntity<ApplicationView> create(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestBody ApplicationRequest body) {
        Application created = applications.create(user, body.toRequest());
        return ResponseEntity.created(URI.create("/api/v1/applications/" + created.id()))
                .eTag(ETags.of(created.version())).body(view(created, user));
    }

    @GetMapping
    @Operation(summary = "The applications the caller's desk sees; holding=true: its work queue (oldest first)",
            description = "Applicant: their own; unit: its unit's; department: those recommended through it; office: "
                    + "those addressed to its committees; HR bureau: its region's. Filters state (repeatable), year, "
                    + "title, committee. 400 application.state-unknown, paging.invalid.")
    PageView<ApplicationView> list(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestParam(required = false) List<String> state, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String title, @RequestParam(required = false) String committee,
            @RequestParam(defaultValue = "false") boolean holding, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageView<Application> found = queries.page(user, new ApplicationQueries.Filter(
                ApplicationQueries.states(state), year, title, committee, holding), page, size);
        return new PageView<>(found.content().stream().map(a -> view(a, user)).toList(), found.page(), found.size(),
                found.totalElements(), found.totalPages());
    }

    @GetMapping("/queue-counts")
    @Operation(summary = "How many of the caller's applications are in each state, and how many their desk holds")
    java.util.Map<String, Object> counts(@AuthenticationPrincipal ZhichengPrincipal user) {
        return queries.counts(user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One application: where it stands, who holds it, since when, the next deadline",
            description = "ETag = version. Experts only for the drawn panel of its meeting. 404 application.not-found "
                    + "for anyone outside its scope.")
    ResponseEntity<ApplicationView> get(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        Application a = readable(user, id);
        return ResponseEntity.ok().eTag(ETags.of(a.version())).body(view(a, user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "The applicant amends a draft or a sent-back application (If-Match the version read)",
            description = "409 application.wrong-state otherwise; 412 etag.stale.")
    ResponseEntity<ApplicationView> amend(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AmendRequest body) {
        Application a = applications.amend(user, id, ifMatch, body.specialty(), body.route(),
                body.particulars() == null ? Particulars.NONE : body.particulars().toParticulars());
        return ResponseEntity.ok().eTag(ETags.of(a.version())).body(view(a, user));
    }

    @GetMapping("/{id}/eligibility")
    @Operation(summary = "Dry run: every eligibility rule on the caller's draft as it stands, each with its notice "
            + "and reason (nothing is written)")
    EligibilityView eligibility(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            HttpServletRequest request) {
        return view(applications.check(user, id), request);
    }

    @PostMapping("/eligibility-checks")
    @Operation(summary = "Dry run before applying: every eligibility rule for an item, title and route")
    EligibilityView check(@AuthenticationPrincipal ZhichengPrincipal user, @Valid @RequestBody ApplicationRequest body,
            HttpServletRequest request) {
        return view(applications.check(user, body.toRequest()), request);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit with the pledge (承诺); after a send-back, resubmit to the desk that sent it back",
            description = "422 application.pledge-missing (003-三(一)); 422 with the first failing rule's code and "
                    + "notice, every failing rule in errors[] (field = rule); 409 application.wrong-state.")
    ResponseEntity<ApplicationView> submit(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @RequestBody SubmitRequest body) {
        Application a = applications.submit(user, id, body.pledge());
        return ResponseEntity.ok().eTag(ETags.of(a.version())).body(view(a, user));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "The applicant withdraws before evaluation", description = "409 application.wrong-state.")
    ApplicationView withdraw(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @RequestBody(required = false) ReasonRequest body) {
        return view(applications.withdraw(user, id, body == null ? null : body.reason()), user);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every transition: action, from, to, desk, actor, role, reason, when")
    List<ApplicationRepository.HistoryEntry> history(@AuthenticationPrincipal ZhichengPrincipal user,
            @PathVariable UUID id) {
        readable(user, id);
        return repository.history(id);
    }

    @GetMapping("/{id}/submissions")
    @Operation(summary = "Each submission with the archive snapshot it was made from, the pledge and the findings",
            description = "Experts get the snapshots without the applicant's identity number and contact data.")
    List<SubmissionView> submissions(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            HttpServletRequest request) {
        Application a = readable(user, id);
        boolean expert = !ApplicationAccess.canRead(user, a);
        java.util.Locale locale = messages.locale(request);
        return submissions.all(id).stream().map(s -> new SubmissionView(s.submission(), s.archiveVersion(),
                s.pledge(), s.submittedBy(), s.submittedAt(), expert ? withoutContact(s.snapshot()) : s.snapshot(),
                s.findings().stream().map(f -> new FindingView(f.rule(), f.notice(), f.outcome().name(), f.code(),
                        messages.message(f, locale))).toList())).toList();
    }

    private Application readable(ZhichengPrincipal user, UUID id) {
        Application a = repository.find(id).orElseThrow(() -> ApplicationAccess.notFound(id));
        if (ApplicationAccess.canRead(user, a) || panels.onPanel(user, a.meetingId(), a.id())) {
            return a;
        }
        throw ApplicationAccess.notFound(id);
    }

    private ApplicationView view(Application a, ZhichengPrincipal user) {
        return ApplicationView.of(a, planItems.known(a.fixed().planItemId()).orElse(null), user);
    }

    private EligibilityView view(EligibilityReport report, HttpServletRequest request) {
        java.util.Locale locale = messages.locale(request);
        return new EligibilityView(report.eligible(), report.pending(), report.findings().stream()
                .map(f -> new FindingView(f.rule(), f.notice(), f.outcome().name(), f.code(),
                        messages.message(f, locale))).toList());
    }

    static ArchiveContent withoutContact(ArchiveContent c) {
        ArchiveContent.Personal p = c.personal();
        ArchiveContent.Personal stripped = p == null ? null
                : new ArchiveContent.Personal(p.name(), p.gender(), p.birthDate(), null, null, null);
        return new ArchiveContent(stripped, c.employment(), c.education(), c.work(), c.titles(), c.qualifications(),
                c.achievements(), c.representative());
    }

    static void requireReason(ReasonRequest body, String step) {
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            throw Problems.badRequest("application.reason-required", step);
        }
    }
}

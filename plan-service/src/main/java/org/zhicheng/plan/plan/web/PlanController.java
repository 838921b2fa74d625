package org.zhicheng.plan.plan.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.zhicheng.plan.committee.CommitteeDirectory;
import org.zhicheng.plan.committee.KnownCommittee;
import org.zhicheng.plan.plan.PlanProperties;
import org.zhicheng.plan.plan.PlanQueries;
import org.zhicheng.plan.plan.PlanService;
import org.zhicheng.plan.plan.domain.EvaluationPlan;
import org.zhicheng.plan.plan.domain.PlanAction;
import org.zhicheng.plan.plan.domain.PlanCategory;
import org.zhicheng.plan.plan.domain.PlanItem;
import org.zhicheng.plan.plan.domain.PlanStatus;
import org.zhicheng.plan.plan.persistence.PlanPage;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.ETags;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Evaluation plans: drafting by offices, review and publication by HR bureaus, public reading of published plans. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "plans", description = "Evaluation plans (评审计划)")
class PlanController {

    private final PlanService service;
    private final PlanQueries queries;
    private final PlanWebMapper mapper;
    private final CommitteeDirectory committees;
    private final int maxPageSize;

    PlanController(PlanService service, PlanQueries queries, PlanWebMapper mapper, CommitteeDirectory committees,
            PlanProperties properties) {
        this.service = service;
        this.queries = queries;
        this.mapper = mapper;
        this.committees = committees;
        this.maxPageSize = properties.maxPageSize();
    }

    @PostMapping
    @Operation(summary = "Draft a plan (committee office or HR bureau of a covering region)")
    ResponseEntity<PlanView> create(@Valid @RequestBody CreatePlanRequest request,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        EvaluationPlan plan = service.create(mapper.toCommand(request), user);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id()))
                .eTag(ETags.of(plan.version()))
                .body(view(plan));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace title, dates and items of a draft or returned plan; honours If-Match; 409 with "
            + "rule 000-三(三) once published")
    ResponseEntity<PlanView> update(@PathVariable UUID id, @Valid @RequestBody UpdatePlanRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return withETag(service.amend(id, ifMatch, mapper.toCommand(request), user));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit to the HR bureau (office or HR bureau in scope)")
    ResponseEntity<PlanView> submit(@PathVariable UUID id, @Valid @RequestBody(required = false) TransitionRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return transition(id, PlanAction.SUBMIT, reason(body), ifMatch, user);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a submitted plan (HR bureau in scope)")
    ResponseEntity<PlanView> approve(@PathVariable UUID id,
            @Valid @RequestBody(required = false) TransitionRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return transition(id, PlanAction.APPROVE, reason(body), ifMatch, user);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a submitted plan for amendment, with a reason (HR bureau in scope)")
    ResponseEntity<PlanView> returnForAmendment(@PathVariable UUID id, @Valid @RequestBody ReturnPlanRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return transition(id, PlanAction.RETURN, body.reason(), ifMatch, user);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish an approved plan (HR bureau in scope); emits PlanPublished")
    ResponseEntity<PlanView> publish(@PathVariable UUID id,
            @Valid @RequestBody(required = false) TransitionRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return transition(id, PlanAction.PUBLISH, reason(body), ifMatch, user);
    }

    @PostMapping("/{id}/deadline-changes")
    @Operation(summary = "Special approval of a deadline change after publication (HR bureau of the plan's region, "
            + "000 三(三)); emits PlanDeadlineChanged; honours If-Match")
    ResponseEntity<PlanView> changeDeadline(@PathVariable UUID id, @Valid @RequestBody ChangeDeadlineRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return withETag(service.changeDeadline(id, ifMatch, mapper.toCommand(body), user));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a published plan (HR bureau in scope); emits PlanClosed")
    ResponseEntity<PlanView> close(@PathVariable UUID id, @Valid @RequestBody(required = false) TransitionRequest body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return transition(id, PlanAction.CLOSE, reason(body), ifMatch, user);
    }

    @GetMapping
    @Operation(summary = "Plans: published and closed for everyone, plus unpublished ones of the caller's regions")
    PageView<PlanView> list(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) PlanCategory category,
            @RequestParam(required = false) PlanStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        PageView.requireValid(page, size, maxPageSize);
        PlanPage found = queries.search(year, region, category, status, page, size, user);
        return PageView.of(mapper.toViews(found.plans(), committeesOf(found.plans())), page, size, found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One plan; unpublished plans only within the caller's regions (404 otherwise)")
    ResponseEntity<PlanView> get(@PathVariable UUID id, @AuthenticationPrincipal ZhichengPrincipal user) {
        return withETag(queries.find(id, user));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who did what to the plan, when and why")
    List<PlanHistoryEntryView> history(@PathVariable UUID id, @AuthenticationPrincipal ZhichengPrincipal user) {
        return mapper.toHistory(queries.history(id, user));
    }

    private ResponseEntity<PlanView> transition(UUID id, PlanAction action, String reason, String ifMatch,
            ZhichengPrincipal user) {
        return withETag(service.transition(id, action, reason, ifMatch, user));
    }

    private ResponseEntity<PlanView> withETag(EvaluationPlan plan) {
        return ResponseEntity.status(HttpStatus.OK).eTag(ETags.of(plan.version())).body(view(plan));
    }

    private PlanView view(EvaluationPlan plan) {
        return mapper.toView(plan, committeesOf(List.of(plan)));
    }

    /** The registered committees the plans' items are linked to: one query for all of them. */
    private Map<UUID, KnownCommittee> committeesOf(List<EvaluationPlan> plans) {
        return committees.byIds(plans.stream().flatMap(plan -> plan.items().stream())
                .map(PlanItem::committeeId).filter(Objects::nonNull).distinct().toList());
    }

    private static String reason(TransitionRequest body) {
        return body == null ? null : body.reason();
    }
}

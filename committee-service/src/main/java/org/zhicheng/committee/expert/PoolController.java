package org.zhicheng.committee.expert;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.committee.expert.ExpertRequests.ApprovalRequest;
import org.zhicheng.committee.expert.ExpertRequests.PoolChangeRequest;
import org.zhicheng.committee.expert.ExpertRequests.RejectionRequest;
import org.zhicheng.committee.expert.ExpertViews.PoolRequestView;
import org.zhicheng.committee.expert.ExpertViews.PoolView;
import org.zhicheng.committee.expert.domain.PoolRequestStatus;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/committees/{code}")
@Tag(name = "pools", description = "Expert pools of committees (专家库) and their change requests (000 三(一))")
class PoolController {

    private final PoolService pools;
    private final ExpertWebMapper mapper;

    PoolController(PoolService pools, ExpertWebMapper mapper) {
        this.pools = pools;
        this.mapper = mapper;
    }

    @PostMapping("/pool-requests")
    @Operation(summary = "File additions and removals for the HR bureau's consent: the committee's office",
            description = "201 PENDING. 422 pool.term-too-long (rule 000-三(一)) for a term over the configured "
                    + "years; 400 pool.term-reversed / pool-request.empty / pool-request.expert-repeated / "
                    + "pool.unknown-expert; 409 pool.already-member / pool.not-member, committee.wrong-state (rule "
                    + "001-四) for a suspended committee; 422 pool.expert-disqualified; 403 pool.role-required / "
                    + "committee.out-of-scope; 404 committee.not-found.")
    ResponseEntity<PoolRequestView> file(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String code,
            @Valid @RequestBody PoolChangeRequest body) {
        PoolRequestView created = mapper.toView(pools.file(code, mapper.toChanges(body), user));
        return ResponseEntity.created(URI.create("/api/v1/committees/" + code + "/pool-requests/" + created.id()))
                .body(created);
    }

    @GetMapping("/pool-requests")
    @Operation(summary = "The committee's pool requests, newest first: its office or HR bureau")
    List<PoolRequestView> requests(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String code,
            @RequestParam(required = false) PoolRequestStatus status) {
        return mapper.toRequestViews(pools.requests(code, status, user));
    }

    @GetMapping("/pool-requests/{id}")
    @Operation(summary = "One pool request: the committee's office or HR bureau")
    PoolRequestView request(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String code,
            @PathVariable UUID id) {
        return mapper.toView(pools.request(code, id, user));
    }

    @PostMapping("/pool-requests/{id}/approval")
    @Operation(summary = "Consent to a pending request (000 三(一)): the HR bureau covering the territory",
            description = "Applies every change or none, each checked again against the pool as it is now (the "
                    + "same 409/422 as filing). 409 pool-request.wrong-state unless PENDING.")
    PoolRequestView approve(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String code,
            @PathVariable UUID id, @Valid @RequestBody(required = false) ApprovalRequest body) {
        return mapper.toView(pools.approve(code, id, body == null ? null : body.reason(), user));
    }

    @PostMapping("/pool-requests/{id}/rejection")
    @Operation(summary = "Refuse a pending request, with a reason: the HR bureau covering the territory",
            description = "409 pool-request.wrong-state unless PENDING; nothing in the pool changes.")
    PoolRequestView reject(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String code,
            @PathVariable UUID id, @Valid @RequestBody RejectionRequest body) {
        return mapper.toView(pools.reject(code, id, body.reason(), user));
    }

    @GetMapping("/pool")
    @Operation(summary = "The pool: active memberships and the composition check on a day (default today): the "
            + "committee's office or HR bureau",
            description = "composition: members serving that day, odd, and for senior committees the minimum of "
                    + "MOHRSS order 40 (by series or specialty) — reported, never blocking.")
    PoolView pool(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return mapper.toView(pools.pool(code, on, user));
    }
}

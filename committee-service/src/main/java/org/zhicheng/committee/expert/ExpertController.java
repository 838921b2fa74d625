package org.zhicheng.committee.expert;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.committee.committee.CommitteeProperties;
import org.zhicheng.committee.expert.ExpertRepository.ExpertPage;
import org.zhicheng.committee.expert.ExpertRequests.ConflictRequest;
import org.zhicheng.committee.expert.ExpertRequests.CreateExpertRequest;
import org.zhicheng.committee.expert.ExpertRequests.DisciplineRequest;
import org.zhicheng.committee.expert.ExpertRequests.WithdrawalRequest;
import org.zhicheng.committee.expert.ExpertViews.ConflictView;
import org.zhicheng.committee.expert.ExpertViews.DisciplineView;
import org.zhicheng.committee.expert.ExpertViews.ExpertView;
import org.zhicheng.committee.expert.domain.ExpertStatus;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/experts")
@Tag(name = "experts", description = "Evaluation experts (评审专家): profiles, conflicts of interest, discipline")
class ExpertController {

    private final ExpertService experts;
    private final ConflictService conflicts;
    private final DisciplineService discipline;
    private final ExpertWebMapper mapper;
    private final int maxPageSize;

    ExpertController(ExpertService experts, ConflictService conflicts, DisciplineService discipline,
            ExpertWebMapper mapper, CommitteeProperties properties) {
        this.experts = experts;
        this.conflicts = conflicts;
        this.discipline = discipline;
        this.mapper = mapper;
        this.maxPageSize = properties.maxPageSize();
    }

    @PostMapping
    @Operation(summary = "Create an expert profile: HR bureau or committee office covering the expert's region",
            description = "201 + Location; 409 expert.id-taken; 403 expert.role-required / expert.out-of-scope.")
    ResponseEntity<ExpertView> create(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestBody CreateExpertRequest body) {
        ExpertView created = mapper.toView(experts.create(mapper.toNew(body), user));
        return ResponseEntity.created(URI.create("/api/v1/experts/" + created.id())).body(created);
    }

    @GetMapping
    @Operation(summary = "Experts of a region and below (default: the caller's), paged: HR bureau or office",
            description = "403 expert.out-of-scope for a region the caller does not cover; 400 paging.invalid.")
    PageView<ExpertView> list(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestParam(required = false) String region, @RequestParam(required = false) String specialty,
            @RequestParam(required = false) ExpertStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageView.requireValid(page, size, maxPageSize);
        ExpertPage found = experts.search(blankToNull(region), blankToNull(specialty), status, page, size, user);
        return PageView.of(mapper.toExpertViews(found.experts()), page, size, found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One expert: the expert themself, the HR bureau of the region, an office covering the "
            + "region or whose committee's pool holds the expert",
            description = "403 expert.role-required (applicants, employers, …) / expert.other-person (another "
                    + "expert); 404 expert.not-found, also outside the caller's scope.")
    ExpertView get(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String id) {
        return mapper.toView(experts.find(id, user));
    }

    @PostMapping("/{id}/conflicts")
    @Operation(summary = "Declare (the expert) or pin (an office whose committee's pool holds the expert) a conflict "
            + "of interest",
            description = "Exactly one of person and unit (400 conflict.person-or-unit; a SAME_UNIT conflict names "
                    + "a unit: conflict.same-unit-needs-unit); 403 conflict.role-required / conflict.not-in-pool / "
                    + "expert.other-person; 404 expert.not-found.")
    ResponseEntity<ConflictView> declare(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String id,
            @Valid @RequestBody ConflictRequest body) {
        ConflictView created = mapper.toView(conflicts.record(id, mapper.toNew(body), user));
        return ResponseEntity.created(URI.create("/api/v1/experts/" + id + "/conflicts/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}/conflicts")
    @Operation(summary = "The expert's conflicts, withdrawn ones included: whoever may read the expert")
    List<ConflictView> conflicts(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String id) {
        return mapper.toConflictViews(conflicts.of(id, user));
    }

    @PostMapping("/{id}/conflicts/{conflictId}/withdrawal")
    @Operation(summary = "Withdraw a conflict: the expert for a declared one, an office of the pinning committee for "
            + "a pinned one",
            description = "409 conflict.wrong-state when withdrawn already; 403 conflict.not-declarer; 404 "
                    + "conflict.not-found / expert.not-found.")
    ConflictView withdraw(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String id,
            @PathVariable UUID conflictId, @Valid @RequestBody WithdrawalRequest body) {
        return mapper.toView(conflicts.withdraw(id, conflictId, body.reason(), user));
    }

    @PostMapping("/{id}/discipline")
    @Operation(summary = "Record a discipline (000 三(一)): HR bureau covering the expert's region",
            description = "The expert becomes DISQUALIFIED and every active membership ends (DISCIPLINE); emits "
                    + "ExpertDisciplined so the expert's unit is notified. 409 expert.wrong-state when already "
                    + "disqualified; 403 discipline.role-required; 404 expert.not-found (also outside the region).")
    ResponseEntity<DisciplineView> discipline(@AuthenticationPrincipal ZhichengPrincipal user,
            @PathVariable String id, @Valid @RequestBody DisciplineRequest body) {
        DisciplineView created = mapper.toView(discipline.discipline(id, body.kind(), body.reason(), user));
        return ResponseEntity.created(URI.create("/api/v1/experts/" + id + "/discipline")).body(created);
    }

    @GetMapping("/{id}/discipline")
    @Operation(summary = "The expert's discipline records: whoever may read the expert")
    List<DisciplineView> disciplineRecords(@AuthenticationPrincipal ZhichengPrincipal user,
            @PathVariable String id) {
        return mapper.toDisciplineViews(discipline.of(id, user));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

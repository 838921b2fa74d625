package org.zhicheng.committee.committee;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.committee.committee.CommitteeRepository.CommitteePage;
import org.zhicheng.committee.committee.CommitteeService.Registration;
import org.zhicheng.committee.committee.domain.CommitteeLevel;
import org.zhicheng.committee.committee.domain.CommitteeStatus;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/committees")
@Tag(name = "committees", description = "Evaluation committees (评委会)")
class CommitteeController {

    private final CommitteeService committees;
    private final CommitteeWebMapper mapper;
    private final int maxPageSize;

    CommitteeController(CommitteeService committees, CommitteeWebMapper mapper, CommitteeProperties properties) {
        this.committees = committees;
        this.mapper = mapper;
        this.maxPageSize = properties.maxPageSize();
    }

    @PostMapping
    @Operation(summary = "Register a committee: HR bureau covering the territory, admin, or a service account",
            description = "Idempotent by (territory, name): the same attributes again answer 200 with the existing "
                    + "committee and emit nothing; other attributes under that name are 409 committee.name-taken; "
                    + "a new committee is 201 + Location and emits CommitteeRegistered. 409 committee.code-taken for "
                    + "a code in use; 400 committee.title-evaluated-and-recommended; 403 committee.role-required / "
                    + "committee.out-of-scope. Honours Idempotency-Key.")
    ResponseEntity<CommitteeView> register(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestBody RegisterCommitteeRequest body) {
        Registration registration = committees.register(body.code(), () -> mapper.toProfile(body), user);
        CommitteeView view = mapper.toView(registration.committee());
        if (!registration.created()) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.created(URI.create("/api/v1/committees/" + view.code())).body(view);
    }

    @GetMapping
    @Operation(summary = "Committees, paged (public, also anonymous)",
            description = "territory matches the code and every region below it (3306 includes 330604); series, "
                    + "level and status match exactly. 400 paging.invalid.")
    PageView<CommitteeView> list(@RequestParam(required = false) String territory,
            @RequestParam(required = false) String series, @RequestParam(required = false) CommitteeLevel level,
            @RequestParam(required = false) CommitteeStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageView.requireValid(page, size, maxPageSize);
        CommitteePage found = committees.search(blankToNull(territory), blankToNull(series), level, status, page,
                size);
        return PageView.of(mapper.toCommitteeViews(found.committees()), page, size, found.total());
    }

    @GetMapping("/{code}")
    @Operation(summary = "One committee with the history of its evaluation rights (public, also anonymous)",
            description = "404 committee.not-found.")
    CommitteeView get(@PathVariable String code) {
        return mapper.toView(committees.find(code));
    }

    @PostMapping("/{code}/suspension")
    @Operation(summary = "Suspend the committee's evaluation rights (001 四): HR bureau covering the territory",
            description = "409 committee.wrong-state (rule 001-四) unless ACTIVE; 403 committee.role-required / "
                    + "committee.out-of-scope; 404 committee.not-found. Emits CommitteeSuspended.")
    CommitteeView suspend(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String code,
            @Valid @RequestBody RightsChangeRequest body) {
        return mapper.toView(committees.suspend(code, body.reason(), user));
    }

    @PostMapping("/{code}/reinstatement")
    @Operation(summary = "Reinstate a suspended committee's evaluation rights: HR bureau covering the territory",
            description = "409 committee.wrong-state (rule 001-四) unless SUSPENDED; 403 committee.role-required / "
                    + "committee.out-of-scope; 404 committee.not-found. Emits CommitteeReinstated.")
    CommitteeView reinstate(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String code,
            @Valid @RequestBody RightsChangeRequest body) {
        return mapper.toView(committees.reinstate(code, body.reason(), user));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

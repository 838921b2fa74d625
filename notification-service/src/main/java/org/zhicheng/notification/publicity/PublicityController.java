package org.zhicheng.notification.publicity;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.notification.publicity.PublicityRepository.Filter;
import org.zhicheng.notification.publicity.PublicityRepository.Page;
import org.zhicheng.notification.publicity.PublicityRequests.CloseRequest;
import org.zhicheng.notification.publicity.PublicityRequests.OpenPublicityRequest;
import org.zhicheng.notification.publicity.PublicityService.OpenPublicity;
import org.zhicheng.notification.publicity.PublicityService.Opened;
import org.zhicheng.notification.publicity.PublicityViews.HistoryView;
import org.zhicheng.notification.publicity.PublicityViews.PublicitySummaryView;
import org.zhicheng.notification.publicity.PublicityViews.PublicityView;
import org.zhicheng.notification.publicity.domain.Publicity;
import org.zhicheng.notification.publicity.domain.PublicityKind;
import org.zhicheng.notification.publicity.domain.PublicityStatus;
import org.zhicheng.notification.publicity.domain.PublicitySubject;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.ETags;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/publicities")
@Tag(name = "publicities", description = "Publicities (公示): unit (单位公示), pre-evaluation (评前公示) and result "
        + "(评后公示), at least 5 working days each, closed only once every objection is answered")
class PublicityController {

    private final PublicityService publicities;
    private final PublicityWebMapper mapper;
    private final int maxPageSize;

    PublicityController(PublicityService publicities, PublicityWebMapper mapper, PublicityProperties properties) {
        this.publicities = publicities;
        this.mapper = mapper;
        this.maxPageSize = properties.maxPageSize();
    }

    @PostMapping
    @Operation(summary = "Open a publicity today: the unit's HR desk (UNIT), the committee's office (PRE_EVALUATION, "
            + "RESULT), or the workflow's service account on their behalf",
            description = "201 + Location + ETag for a new publicity; 200 with the same publicity when it was opened "
                    + "before with the same content (idempotent by kind and subject). Its end date is computed on the "
                    + "working-day calendar and shown (period). 422 publicity.period-too-short (rule 002-一(二), "
                    + "002-一(三) or 002-一(五) by kind), publicity.personal-data (rule PIPL-6: an identity card or "
                    + "telephone number in an entry, an identity card or mobile number in the text); 409 "
                    + "publicity.already-opened (the kind's rule) for different content for the same kind and "
                    + "subject, committee.wrong-state (rule 001-四) for a suspended committee; 400 validation.failed, "
                    + "publicity.committee-required, publicity.unit-required, publicity.publisher-required; 403 "
                    + "publicity.role-required / publicity.out-of-scope; 404 committee.not-found. Emits "
                    + "PublicityStarted.")
    ResponseEntity<PublicityView> open(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestBody OpenPublicityRequest body) {
        Opened opened = publicities.open(new OpenPublicity(body.kind(),
                new PublicitySubject(body.subject().type(), body.subject().id()), body.committee(), body.unit(),
                body.region(), body.publisher(), body.title(), body.body(),
                body.contact() == null ? null : mapper.toContact(body.contact()), body.workingDays(),
                mapper.toInputs(body.entries()), body.onBehalfOf()), user);
        Publicity publicity = opened.publicity();
        PublicityView view = mapper.toView(publicity.snapshot(),
                publicities.tallies().tally(publicity.id()));
        return ResponseEntity.status(opened.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/publicities/" + publicity.id()))
                .eTag(ETags.of(publicity.version())).body(view);
    }

    @GetMapping
    @Operation(summary = "Publicities, newest first (public, also anonymous)",
            description = "Filters: region (that region and the regions under it: 33 → 3306 → 330604), kind, "
                    + "committee (code), unit, status (RUNNING, HELD, CLOSED) or open (true: RUNNING and HELD, false: "
                    + "CLOSED). 400 region.invalid, paging.invalid.")
    PageView<PublicitySummaryView> list(@RequestParam(required = false) String region,
            @RequestParam(required = false) PublicityKind kind, @RequestParam(required = false) String committee,
            @RequestParam(required = false) String unit, @RequestParam(required = false) PublicityStatus status,
            @RequestParam(required = false) Boolean open, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (region != null && !region.matches("\\d{2}(\\d{2}){0,2}")) {
            throw Problems.badRequest("region.invalid", region);
        }
        PageView.requireValid(page, size, maxPageSize);
        List<PublicityStatus> statuses = status != null ? List.of(status)
                : open == null ? List.of()
                : open ? List.of(PublicityStatus.RUNNING, PublicityStatus.HELD) : List.of(PublicityStatus.CLOSED);
        Page found = publicities.search(new Filter(region, kind, blankToNull(committee), blankToNull(unit), statuses),
                page, size);
        return PageView.of(found.publicities().stream().map(mapper::toView).toList(), page, size, found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One publicity in full (public, also anonymous)",
            description = "The public sees the entries as the notices show them (name, unit, title applied for, "
                    + "specialty, representative achievements, remark); the opener and the HR bureau covering its "
                    + "region also see the entries' applications and persons and the objections' counts. ETag = "
                    + "version. 404 publicity.not-found.")
    ResponseEntity<PublicityView> get(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        Publicity publicity = publicities.find(id);
        boolean staff = publicities.access().isStaff(publicity, user);
        PublicityView view = mapper.toView(publicity.snapshot(),
                staff ? publicities.tallies().tally(id) : null);
        return ResponseEntity.ok().eTag(ETags.of(publicity.version())).body(view);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the publicity after its period: its opener (the closer does it by itself at the end "
            + "of the last working day)",
            description = "422 publicity.closes-too-early (the kind's rule) before the end of its last working day; "
                    + "409 publicity.objections-open (rule 001-五(二)) while an objection is unanswered, "
                    + "publicity.wrong-state when closed; 403 publicity.role-required / publicity.out-of-scope; 404 "
                    + "publicity.not-found. Emits PublicityClosed with the outcome.")
    PublicityView close(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) CloseRequest body) {
        Publicity publicity = publicities.close(id, body == null ? null : body.reason(), user);
        return mapper.toView(publicity.snapshot(), publicities.tallies().tally(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every change of the publicity (who, when, from, to, why): its opener and the HR bureau "
            + "covering its region",
            description = "403 publicity.role-required / publicity.out-of-scope; 404 publicity.not-found.")
    List<HistoryView> history(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        return mapper.toHistoryViews(publicities.history(id, user));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

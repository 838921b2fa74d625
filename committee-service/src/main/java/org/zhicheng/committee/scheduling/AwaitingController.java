package org.zhicheng.committee.scheduling;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.committee.committee.CommitteeProperties;
import org.zhicheng.committee.scheduling.AwaitingRepository.Page;
import org.zhicheng.committee.scheduling.domain.AwaitingApplication;
import org.zhicheng.committee.scheduling.domain.AwaitingStatus;
import org.zhicheng.committee.scheduling.domain.ScheduledApplication;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/committees/{code}/awaiting-applications")
@Tag(name = "awaiting applications", description = "Applications ready for evaluation (待评审) on their committee's "
        + "waiting list, assigned automatically to its meetings")
class AwaitingController {

    private final AwaitingList list;
    private final int maxPageSize;

    AwaitingController(AwaitingList list, CommitteeProperties properties) {
        this.list = list;
        this.maxPageSize = properties.maxPageSize();
    }

    @GetMapping
    @Operation(summary = "The committee's applications ready for evaluation, oldest first: its office or HR bureau",
            description = "Filter: status (AWAITING, ASSIGNED, WITHDRAWN). 403 awaiting.role-required / "
                    + "committee.out-of-scope; 404 committee.not-found; 400 paging.invalid.")
    PageView<AwaitingView> list(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String code,
            @RequestParam(required = false) AwaitingStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageView.requireValid(page, size, maxPageSize);
        Page found = list.page(code, status, page, size, user);
        return PageView.of(found.rows().stream().map(AwaitingView::of).toList(), page, size, found.total());
    }

    @Schema(description = "An application on the waiting list: meetingId is the meeting it is on (null while it "
            + "waits); receivedAt, when it was first scheduled, is its place in the queue.")
    record AwaitingView(UUID applicationId, String committee, String person, String applicantName, String unit,
            String unitName, int year, String title, String titleName, String level, String specialty,
            AwaitingStatus status, UUID meetingId, Instant receivedAt, Instant updatedAt) {

        static AwaitingView of(AwaitingApplication awaiting) {
            ScheduledApplication a = awaiting.application();
            return new AwaitingView(a.applicationId(), a.committeeCode(), a.person(), a.applicantName(), a.unit(),
                    a.unitName(), a.year(), a.title(), a.titleName(), a.level(), a.specialty(), awaiting.status(),
                    awaiting.meetingId(), awaiting.receivedAt(), awaiting.updatedAt());
        }
    }
}

package org.zhicheng.committee.meeting;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.committee.committee.CommitteeProperties;
import org.zhicheng.committee.meeting.MeetingAccess.Audience;
import org.zhicheng.committee.meeting.MeetingAccess.Seen;
import org.zhicheng.committee.meeting.MeetingRequests.AmendMeetingRequest;
import org.zhicheng.committee.meeting.MeetingRequests.ApproveMeetingRequest;
import org.zhicheng.committee.meeting.MeetingRequests.AssignApplicationRequest;
import org.zhicheng.committee.meeting.MeetingRequests.CreateMeetingRequest;
import org.zhicheng.committee.meeting.MeetingRequests.FileMeetingRequest;
import org.zhicheng.committee.meeting.MeetingRequests.ReasonRequest;
import org.zhicheng.committee.meeting.MeetingService.NewMeeting;
import org.zhicheng.committee.meeting.MeetingService.SeenPage;
import org.zhicheng.committee.meeting.MeetingViews.HistoryView;
import org.zhicheng.committee.meeting.MeetingViews.MeetingView;
import org.zhicheng.committee.meeting.MeetingViews.PanelMembershipView;
import org.zhicheng.committee.meeting.domain.Meeting;
import org.zhicheng.committee.meeting.domain.MeetingStatus;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.ETags;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "meetings", description = "Evaluation meetings (评审会议): planning, applications, filing with the HR "
        + "bureau (备案)")
class MeetingController {

    private final MeetingService meetings;
    private final AssignmentService assignments;
    private final MeetingWebMapper mapper;
    private final int maxPageSize;

    MeetingController(MeetingService meetings, AssignmentService assignments, MeetingWebMapper mapper,
            CommitteeProperties properties) {
        this.meetings = meetings;
        this.assignments = assignments;
        this.mapper = mapper;
        this.maxPageSize = properties.maxPageSize();
    }

    @PostMapping
    @Operation(summary = "Plan a meeting: the committee's office, at least 7 days ahead (002 一(三))",
            description = "201 + Location + ETag. Applications of the committee awaiting evaluation that fit the "
                    + "meeting (level, specialty) are assigned to it at once, oldest first. 422 meeting.lead-time "
                    + "(rule 002-一(三)) for a date less than 7 days after today (Asia/Shanghai); 409 "
                    + "committee.wrong-state (rule 001-四) for a suspended committee; 403 meeting.role-required / committee.out-of-scope; 404 committee.not-found.")
    ResponseEntity<MeetingView> create(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestBody CreateMeetingRequest body) {
        Meeting meeting = meetings.create(new NewMeeting(body.committee(), body.title(), body.date(), body.venue(),
                mapper.toPanelPlan(body.specialties(), body.titleLevels(), body.panelSize(), body.alternates())), user);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
                .eTag(ETags.of(meeting.version())).body(staffView(meeting));
    }

    @GetMapping
    @Operation(summary = "Meetings the caller may see, paged: an office its committees', an HR bureau those in its "
            + "region, an expert those whose panel they sit on",
            description = "Filters: committee (code), status. 403 meeting.role-required for applicants and other "
                    + "roles; 400 paging.invalid.")
    PageView<MeetingView> list(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestParam(required = false) String committee, @RequestParam(required = false) MeetingStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageView.requireValid(page, size, maxPageSize);
        SeenPage found = meetings.search(committee == null || committee.isBlank() ? null : committee.strip(),
                status, page, size, user);
        List<MeetingView> views = found.meetings().stream().map(seen -> view(seen, user)).toList();
        return PageView.of(views, page, size, found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One meeting: its office and HR bureau see everything; an expert on its panel sees it "
            + "without the filing and without the other panelists",
            description = "ETag = version. 403 meeting.role-required / committee.out-of-scope / meeting.not-on-panel; "
                    + "404 meeting.not-found.")
    ResponseEntity<MeetingView> get(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        Seen seen = meetings.find(id, user);
        return ResponseEntity.ok().eTag(ETags.of(seen.meeting().version())).body(view(seen, user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Amend a PLANNED meeting (title, date, venue, panel plan): the committee's office",
            description = "Honours If-Match (412 etag.stale). Awaiting applications that fit the amended meeting "
                    + "are assigned to it, as for a new one. 422 meeting.lead-time for a new date less than 7 days "
                    + "ahead; 409 meeting.wrong-state unless PLANNED, concurrent-update; 403; 404 meeting.not-found.")
    ResponseEntity<MeetingView> amend(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AmendMeetingRequest body) {
        Meeting meeting = meetings.amend(id, new NewMeeting(null, body.title(), body.date(), body.venue(),
                mapper.toPanelPlan(body.specialties(), body.titleLevels(), body.panelSize(), body.alternates())),
                body.reason(), ifMatch, user);
        return ResponseEntity.ok().eTag(ETags.of(meeting.version())).body(staffView(meeting));
    }

    @PostMapping("/{id}/applications")
    @Operation(summary = "Assign an application to the meeting: the committee's office, until the panel is drawn",
            description = "409 meeting.wrong-state (rule MOHRSS-40) once the panel is drawn: the draw excluded "
                    + "experts with conflicts against the assigned applicants; 409 meeting.already-assigned, "
                    + "meeting.assigned-elsewhere (another open meeting has it); 403; 404 meeting.not-found.")
    ResponseEntity<MeetingView> assign(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody AssignApplicationRequest body) {
        Meeting meeting = assignments.assign(id, mapper.toAssignment(body), user);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/applications/" + body.applicationId()))
                .eTag(ETags.of(meeting.version())).body(staffView(meeting));
    }

    @DeleteMapping("/{id}/applications/{applicationId}")
    @Operation(summary = "Take an application off the meeting: the committee's office, until the meeting opens",
            description = "409 meeting.not-assigned, meeting.wrong-state; 403; 404 meeting.not-found.")
    MeetingView unassign(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @PathVariable UUID applicationId, @RequestParam(required = false) String reason) {
        return staffView(assignments.unassign(id, applicationId, reason, user));
    }

    @PostMapping("/{id}/filing")
    @Operation(summary = "File the meeting with the HR bureau (备案): the committee's office, at least 5 working days "
            + "ahead (001 五(二))",
            description = "The answer's filing and filingWindow show the latest allowed filing day and whether it is "
                    + "provisional (a year without calendar data). 422 meeting.filing-lead-time (rule 001-五(二)); "
                    + "409 meeting.wrong-state unless PLANNED; 403; 404. Emits MeetingFiled.")
    MeetingView file(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody FileMeetingRequest body) {
        return staffView(meetings.file(id, mapper.toFiling(body), user));
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "Consent to the filed meeting: the HR bureau covering the committee's territory",
            description = "409 meeting.wrong-state unless FILED; 403 meeting.role-required / committee.out-of-scope; "
                    + "404 meeting.not-found.")
    MeetingView approve(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody ApproveMeetingRequest body) {
        return staffView(meetings.approve(id, body.consentReference(), body.note(), user));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Send the filing back for amendment: the HR bureau covering the committee's territory",
            description = "The meeting is PLANNED again with the reason. 409 meeting.wrong-state unless FILED; 403; "
                    + "404.")
    MeetingView returnForAmendment(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody ReasonRequest body) {
        return staffView(meetings.returnForAmendment(id, body.reason(), user));
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel the meeting before it opens: the committee's office",
            description = "409 meeting.wrong-state once OPEN; 403; 404.")
    MeetingView cancel(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody ReasonRequest body) {
        return staffView(meetings.cancel(id, body.reason(), user));
    }

    @GetMapping("/{id}/panel-membership/{expert}")
    @Operation(summary = "Whether an expert sits on the meeting's drawn panel, and the applications it evaluates: "
            + "for a service (application-service lets a panelist read those applications)",
            description = "Only the service accounts of zhicheng.committee.panel-readers (default "
                    + "application-service). panelDrawn once the panel is recorded (PANEL_DRAWN, OPEN, CLOSED); member when the expert is "
                    + "on it (alternates once promoted into a seat). 403 meeting.role-required for anyone else; "
                    + "404 meeting.not-found.")
    PanelMembershipView panelMembership(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @PathVariable String expert) {
        return PanelMembershipView.of(meetings.panelOf(id, user), expert);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every change of the meeting (who, when, from, to, why): its office and HR bureau",
            description = "403 meeting.role-required / committee.out-of-scope; 404 meeting.not-found.")
    List<HistoryView> history(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        return mapper.toHistoryViews(meetings.history(id, user));
    }

    private MeetingView staffView(Meeting meeting) {
        return mapper.toView(meeting, meeting.filingWindow(meetings.rules()), Audience.STAFF, null);
    }

    private MeetingView view(Seen seen, ZhichengPrincipal user) {
        return mapper.toView(seen.meeting(), seen.meeting().filingWindow(meetings.rules()), seen.audience(),
                user.person());
    }
}

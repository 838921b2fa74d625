package org.zhicheng.committee.meeting;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.zhicheng.committee.expert.domain.TitleLevel;
import org.zhicheng.committee.meeting.MeetingAccess.Audience;
import org.zhicheng.committee.meeting.MeetingRepository.HistoryRow;
import org.zhicheng.committee.meeting.MeetingRequests.AssignApplicationRequest;
import org.zhicheng.committee.meeting.MeetingRequests.FileMeetingRequest;
import org.zhicheng.committee.meeting.MeetingViews.ApprovalView;
import org.zhicheng.committee.meeting.MeetingViews.AssignmentView;
import org.zhicheng.committee.meeting.MeetingViews.ClosingView;
import org.zhicheng.committee.meeting.MeetingViews.FilingView;
import org.zhicheng.committee.meeting.MeetingViews.FilingWindowView;
import org.zhicheng.committee.meeting.MeetingViews.HistoryView;
import org.zhicheng.committee.meeting.MeetingViews.MeetingView;
import org.zhicheng.committee.meeting.MeetingViews.PanelView;
import org.zhicheng.committee.meeting.MeetingViews.ResultView;
import org.zhicheng.committee.meeting.domain.ApplicationAssignment;
import org.zhicheng.committee.meeting.domain.ApplicationResult;
import org.zhicheng.committee.meeting.domain.FilingWindow;
import org.zhicheng.committee.meeting.domain.Meeting;
import org.zhicheng.committee.meeting.domain.MeetingFiling;
import org.zhicheng.committee.meeting.domain.MeetingSnapshot;
import org.zhicheng.committee.meeting.domain.PanelPlan;

/** Between the API records and the meeting domain. */
@Mapper(componentModel = "spring")
interface MeetingWebMapper {

    ApplicationAssignment toAssignment(AssignApplicationRequest request);

    MeetingFiling toFiling(FileMeetingRequest request);

    AssignmentView toView(ApplicationAssignment assignment);

    List<AssignmentView> toAssignmentViews(List<ApplicationAssignment> assignments);

    FilingWindowView toView(FilingWindow window);

    @Mapping(target = "qualifiedCount", source = "content.qualifiedCount")
    @Mapping(target = "qualificationReviewSummary", source = "content.qualificationReviewSummary")
    @Mapping(target = "prePublicityReference", source = "content.prePublicityReference")
    @Mapping(target = "prePublicitySummary", source = "content.prePublicitySummary")
    @Mapping(target = "panelCompositionSummary", source = "content.panelCompositionSummary")
    @Mapping(target = "latestFilingDay", source = "window.latestFilingDay")
    @Mapping(target = "provisional", source = "window.provisional")
    FilingView toView(MeetingSnapshot.Filing filing);

    ApprovalView toView(MeetingSnapshot.Approval approval);

    ResultView toView(ApplicationResult result);

    @Mapping(target = "results", source = "results")
    ClosingView toView(MeetingSnapshot.Closing closing);

    HistoryView toView(HistoryRow row);

    List<HistoryView> toHistoryViews(List<HistoryRow> rows);

    default PanelPlan toPanelPlan(Set<String> specialties, Set<TitleLevel> titleLevels, int panelSize,
            int alternates) {
        return new PanelPlan(specialties, titleLevels.stream().map(TitleLevel::name).collect(Collectors.toSet()),
                panelSize, alternates);
    }

    /**
     * By hand: the aggregate has accessor methods, not bean getters, and what a caller sees depends on who they are
     * (an expert on the panel sees neither the filing nor the other panelists).
     */
    default MeetingView toView(Meeting meeting, FilingWindow window, Audience audience, String person) {
        MeetingSnapshot s = meeting.snapshot();
        boolean staff = audience == Audience.STAFF;
        PanelView panel = null;
        if (s.panel() != null) {
            String chair = meeting.chair();
            boolean chairing = !staff && chair != null && chair.equals(person);
            panel = new PanelView(s.panel().experts().size(), staff ? s.panel().experts() : null,
                    staff || chairing ? chair : null, !staff, chairing, staff ? s.panel().drawId() : null,
                    s.panel().recordedAt());
        }
        return new MeetingView(s.id(), s.committeeCode(), s.title(), s.date(), s.venue(), s.status(), s.version(),
                List.copyOf(s.panelPlan().specialties()), List.copyOf(s.panelPlan().titleLevels()),
                s.panelPlan().panelSize(), s.panelPlan().alternates(), toAssignmentViews(s.assignments()),
                staff ? toView(window) : null, staff ? toView(s.filing()) : null,
                staff ? toView(s.approval()) : null, staff ? s.returnReason() : null, panel, toView(s.closing()),
                s.cancelReason(), staff ? s.createdBy() : null, s.createdAt(), s.updatedAt());
    }
}

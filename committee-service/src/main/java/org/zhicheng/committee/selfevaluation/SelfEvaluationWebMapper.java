package org.zhicheng.committee.selfevaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.zhicheng.committee.selfevaluation.FilingService.FileFiling;
import org.zhicheng.committee.selfevaluation.MeetingReportService.ReportMeeting;
import org.zhicheng.committee.selfevaluation.SelfEvaluationRequests.FileFilingRequest;
import org.zhicheng.committee.selfevaluation.SelfEvaluationRequests.ReportMeetingRequest;
import org.zhicheng.committee.selfevaluation.SelfEvaluationViews.FilingView;
import org.zhicheng.committee.selfevaluation.SelfEvaluationViews.MeetingReportView;
import org.zhicheng.committee.selfevaluation.SelfEvaluationViews.OverdueFlagView;
import org.zhicheng.committee.selfevaluation.domain.Filing;
import org.zhicheng.committee.selfevaluation.domain.FilingKind;
import org.zhicheng.committee.selfevaluation.domain.MeetingReport;
import org.zhicheng.committee.selfevaluation.domain.OverdueFlag;

/** Between the API records and the self-evaluation domain. */
@Mapper(componentModel = "spring")
interface SelfEvaluationWebMapper {

    FileFiling toCommand(String committee, FileFilingRequest request);

    ReportMeeting toCommand(String committee, ReportMeetingRequest request);

    @Mapping(target = "late", expression = "java(filing.late())")
    @Mapping(target = "daysOverdue", source = "filing.daysLate")
    FilingView toView(Filing filing, String committee, boolean current);

    MeetingReportView toView(MeetingReport report, String committee);

    @Mapping(target = "year", source = "flag.year")
    @Mapping(target = "dueDate", source = "flag.dueOn")
    @Mapping(target = "open", expression = "java(flag.open())")
    @Mapping(target = "daysOverdue", expression = "java(flag.daysOverdue(today))")
    OverdueFlagView toView(OverdueFlag flag, LocalDate today);

    /** All versions; the highest version of each (kind, year) is the current one. */
    default List<FilingView> toFilingViews(List<Filing> filings, String committee) {
        Map<String, Integer> current = filings.stream().collect(Collectors.toMap(
                filing -> filing.kind() + "/" + filing.year(), Filing::version, Math::max));
        return filings.stream()
                .map(filing -> toView(filing, committee,
                        current.get(filing.kind() + "/" + filing.year()) == filing.version()))
                .toList();
    }

    default List<MeetingReportView> toReportViews(List<MeetingReport> reports, String committee) {
        return reports.stream().map(report -> toView(report, committee)).toList();
    }

    default List<OverdueFlagView> toFlagViews(List<OverdueFlag> flags, LocalDate today) {
        return flags.stream().map(flag -> toView(flag, today)).toList();
    }

    /** The request's kinds are the annual filings' names. */
    FilingKind toKind(SelfEvaluationRequests.AnnualFilingKind kind);
}

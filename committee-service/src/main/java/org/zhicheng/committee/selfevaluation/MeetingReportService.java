package org.zhicheng.committee.selfevaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.committee.Committees;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.selfevaluation.domain.FilingDeadlines;
import org.zhicheng.committee.selfevaluation.domain.MeetingReport;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Reporting self-evaluation meetings (001 五(三)): by the committee's office, at least 5 working days before the
 * meeting on the working-day calendar; a later report is refused (422 {@code self-evaluation.report-lead-time}), and
 * a committee whose evaluation rights are suspended reports none (409, 001 四: it holds no meetings).
 */
@Service
class MeetingReportService {

    private final SelfEvaluationAccess access;
    private final FilingRepository reports;
    private final FilingDeadlines deadlines;

    MeetingReportService(SelfEvaluationAccess access, FilingRepository reports, FilingDeadlines deadlines) {
        this.access = access;
        this.reports = reports;
        this.deadlines = deadlines;
    }

    record ReportMeeting(String committee, LocalDate meetingDate, int applicationCount, String summary) {
    }

    @Transactional
    MeetingReport report(ReportMeeting command, ZhichengPrincipal user) {
        Committee committee = access.forOffice(command.committee(), user);
        Committees.requireActive(committee, "report-meeting");
        MeetingReport report = SelfEvaluationAccess.refusing(() -> MeetingReport.report(deadlines, UUID.randomUUID(),
                committee.id(), command.meetingDate(), command.applicationCount(), command.summary(), access.today(),
                access.now(), user.actor()));
        reports.insert(report);
        return report;
    }

    /** The committee's meeting reports, of meetings in {@code year} when given: for its office and its HR bureau. */
    @Transactional(readOnly = true)
    List<MeetingReport> list(String committee, Integer year, ZhichengPrincipal user) {
        return reports.reports(access.forReader(committee, user).id(), year);
    }
}

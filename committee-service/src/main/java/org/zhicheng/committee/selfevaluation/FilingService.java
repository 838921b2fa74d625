package org.zhicheng.committee.selfevaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.selfevaluation.domain.Filing;
import org.zhicheng.committee.selfevaluation.domain.FilingDeadlines;
import org.zhicheng.committee.selfevaluation.domain.FilingKind;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Filing plans, schemes and summaries (001 五(三)): by the committee's office, for a self-evaluating committee only.
 * A late filing is accepted and marked late; a re-filing is the next version; a filing clears the open overdue flags
 * it answers (a three-year plan those of every year it covers).
 */
@Service
class FilingService {

    private final SelfEvaluationAccess access;
    private final FilingRepository filings;
    private final OverdueFlagRepository flags;
    private final FilingDeadlines deadlines;

    FilingService(SelfEvaluationAccess access, FilingRepository filings, OverdueFlagRepository flags,
            FilingDeadlines deadlines) {
        this.access = access;
        this.filings = filings;
        this.flags = flags;
        this.deadlines = deadlines;
    }

    /** What the office files. */
    record FileFiling(String committee, FilingKind kind, int year, String title, String documentRef,
            String summary) {
    }

    @Transactional
    Filing file(FileFiling command, ZhichengPrincipal user) {
        Committee committee = access.forOffice(command.committee(), user);
        LocalDate today = access.today();
        Instant now = access.now();
        Filing filing = Filing.file(UUID.randomUUID(), committee.id(), command.kind(), command.year(),
                filings.nextVersion(committee.id(), command.kind(), command.year()), command.title(),
                command.documentRef(), command.summary(), today, now, user.actor(),
                deadlines.dueFor(command.kind(), command.year()));
        filings.insert(filing);
        flags.clear(committee.id(), command.kind(), command.year(),
                deadlines.lastYearAnswered(command.kind(), command.year()), filing.id(), today, now);
        return filing;
    }

    /** Every version of the committee's filings, of {@code year} when given: for its office and its HR bureau. */
    @Transactional(readOnly = true)
    List<Filing> list(String committee, Integer year, ZhichengPrincipal user) {
        return filings.filings(access.forReader(committee, user).id(), year);
    }
}

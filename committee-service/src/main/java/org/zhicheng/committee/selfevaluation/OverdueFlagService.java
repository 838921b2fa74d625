package org.zhicheng.committee.selfevaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.committee.CommitteeScope;
import org.zhicheng.committee.committee.Committees;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.committee.domain.RightsAction;
import org.zhicheng.committee.committee.domain.RightsChange;
import org.zhicheng.committee.selfevaluation.SelfEvaluationEvents.SelfEvaluationFilingOverdue;
import org.zhicheng.committee.selfevaluation.domain.Filing;
import org.zhicheng.committee.selfevaluation.domain.FilingDeadlines;
import org.zhicheng.committee.selfevaluation.domain.FilingKind;
import org.zhicheng.committee.selfevaluation.domain.OverdueFiling;
import org.zhicheng.committee.selfevaluation.domain.OverdueFilings;
import org.zhicheng.committee.selfevaluation.domain.OverdueFlag;
import org.zhicheng.committee.selfevaluation.domain.RightsPause;
import org.zhicheng.committee.selfevaluation.domain.SelfEvaluationRecord;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Overdue flags to the HR bureau (001 五(三)): a committee's missing plans, schemes and summaries are flagged once
 * each and announced with {@code SelfEvaluationFilingOverdue}; the bureau lists the flags of its region.
 */
@Service
class OverdueFlagService {

    private final Committees committees;
    private final FilingRepository filings;
    private final OverdueFlagRepository flags;
    private final OverdueFilings overdueFilings;
    private final SelfEvaluationAccess access;
    private final Outbox outbox;

    OverdueFlagService(Committees committees, FilingRepository filings, OverdueFlagRepository flags,
            OverdueFilings overdueFilings, SelfEvaluationAccess access, Outbox outbox) {
        this.committees = committees;
        this.filings = filings;
        this.flags = flags;
        this.overdueFilings = overdueFilings;
        this.access = access;
        this.outbox = outbox;
    }

    /**
     * Flags what the committee is missing on {@code today} and was not flagged for before; answers how many flags
     * this call raised. The committee's row stays locked until the end, so a filing arriving meanwhile waits and then
     * clears the new flag.
     */
    @Transactional
    int flag(String code, LocalDate today) {
        Committee committee = committees.lock(code);
        if (!SelfEvaluationAccess.selfEvaluating(committee)) {
            return 0;
        }
        int raised = 0;
        Instant now = access.now();
        for (OverdueFiling overdue : overdueFilings.find(recordOf(committee), today)) {
            if (!overdue.missing() || overdue.kind() == FilingKind.MEETING_REPORT) {
                continue; // a late filing is marked late on the filing itself
            }
            OverdueFlag flag = OverdueFlag.raise(UUID.randomUUID(), committee.id(), committee.code(),
                    committee.territory(), overdue, today, now);
            if (flags.insertIfAbsent(flag)) {
                outbox.append(SelfEvaluationEvents.TOPIC, "SelfEvaluationFilingOverdue", 1, committee.code(),
                        SelfEvaluationEvents.SCAN_ACTOR, new SelfEvaluationFilingOverdue(committee.code(),
                                committee.territory(), flag.kind(), flag.year(), flag.dueOn(),
                                overdue.daysOverdue()));
                raised++;
            }
        }
        return raised;
    }

    /**
     * The flags of the committees in {@code region}'s subtree (the bureau's own region when null): open ones, or all
     * with {@code withCleared}. For HR bureaus covering the region.
     */
    @Transactional(readOnly = true)
    List<OverdueFlag> list(String region, boolean withCleared, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, SelfEvaluationAccess.RESOURCE, Roles.HR_BUREAU);
        String scope = region == null || region.isBlank() ? user.region() : region.strip();
        if (scope == null || !scope.matches("\\d{2,12}")) {
            throw Problems.badRequest("self-evaluation.region-invalid", String.valueOf(scope));
        }
        if (!user.coversRegion(scope)) {
            throw Problems.forbidden("self-evaluation.region-out-of-scope", scope);
        }
        return flags.inRegion(scope, withCleared);
    }

    /**
     * What is on record for the committee. Its rights begin on the day it was registered on the platform (the HR
     * bureau registers a self-evaluating unit when it grants the rights); its suspensions pause them.
     */
    private SelfEvaluationRecord recordOf(Committee committee) {
        int firstYear = overdueFilings.deadlines().firstOwedYear(access.dateOf(committee.registeredAt()));
        List<RightsPause> pauses = new ArrayList<>();
        LocalDate suspendedOn = null;
        for (RightsChange change : committee.history()) {
            if (change.action() == RightsAction.SUSPEND) {
                suspendedOn = access.dateOf(change.at());
            } else if (suspendedOn != null) {
                pauses.add(new RightsPause(suspendedOn, access.dateOf(change.at())));
                suspendedOn = null;
            }
        }
        if (suspendedOn != null) {
            pauses.add(new RightsPause(suspendedOn, null));
        }
        return new SelfEvaluationRecord(committee.id(), firstYear, null,
                filings.filings(committee.id(), null).stream().map(Filing::asAnnualFiling).toList(), List.of(),
                pauses);
    }
}

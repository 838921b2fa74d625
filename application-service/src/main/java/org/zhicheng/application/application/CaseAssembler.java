package org.zhicheng.application.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.archive.domain.Degree;
import org.zhicheng.application.catalog.TitleInfo;
import org.zhicheng.application.certificate.UnitSuspensions;
import org.zhicheng.application.committee.CommitteeRights;
import org.zhicheng.application.education.ComplianceChecks;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.Eligibility;
import org.zhicheng.application.evidence.Evidence;
import org.zhicheng.application.evidence.EvidenceFile;
import org.zhicheng.application.integrity.Integrity;
import org.zhicheng.application.plan.PlanItem;
import org.zhicheng.application.workflow.ApplicationState;

/**
 * Gathers what the eligibility rules read of one application: the archive version, the plan item and title, the
 * person's other applications, the integrity archive, the unit's standing, the committee's rights, and — when asked
 * to — education-service's compliance answer. Runs outside a transaction (it may wait for education-service).
 */
@Component
class CaseAssembler {

    private final ApplicationRepository applications;
    private final SubmissionRepository submissions;
    private final Evidence evidence;
    private final Integrity integrity;
    private final CommitteeRights committees;
    private final UnitSuspensions suspensions;
    private final ComplianceChecks compliance;
    private final Eligibility eligibility;

    CaseAssembler(ApplicationRepository applications, SubmissionRepository submissions, Evidence evidence,
            Integrity integrity, CommitteeRights committees, UnitSuspensions suspensions,
            ComplianceChecks compliance, Eligibility eligibility) {
        this.applications = applications;
        this.submissions = submissions;
        this.evidence = evidence;
        this.integrity = integrity;
        this.committees = committees;
        this.suspensions = suspensions;
        this.compliance = compliance;
        this.eligibility = eligibility;
    }

    /** What an application is, before it is one (a dry run) or as it is (a draft, a resubmission). */
    record Draft(UUID applicationId, String person, PlanItem item, String titleCode, TitleInfo title, Route route,
            String specialty, Particulars particulars, boolean firstSubmission) {
    }

    ApplicationCase assemble(Draft d, ArchiveContent archive, LocalDate today, boolean askCompliance) {
        ArchiveContent.Employment e = archive.employment();
        ApplicationCase.ComplianceAnswer answer = null;
        if (askCompliance && d.title() != null && e != null && e.region() != null) {
            answer = compliance.ask(new ComplianceChecks.Case(d.person(), e.region(), d.title().level(),
                    d.title().series(), d.item().year(), eligibility.requiredYears(d.title().level(),
                            d.route().name()), archive.highestDegree(),
                    d.route() == Route.INITIAL_CERTIFICATION));
        }
        Set<UUID> own = evidence.ofPerson(d.person()).stream().map(EvidenceFile::id).collect(Collectors.toSet());
        Integer suspendedFor = e == null || e.unit() == null ? null
                : suspensions.suspendedFor(e.unit(), d.item().year(), today);
        return new ApplicationCase(d.applicationId(), d.person(), archive, d.item(), d.title(), d.titleCode(),
                d.route(), d.specialty(), d.particulars(), today, d.firstSubmission(), others(d.person()),
                integrity.standing(d.person()), own, committees.suspended(d.item().committeeCode()), suspendedFor,
                answer);
    }

    private List<ApplicationCase.OtherApplication> others(String person) {
        return applications.ofPerson(person).stream().map(a -> {
            Set<UUID> achievements = a.submission() == 0 ? Set.of() : submissions.first(a.id())
                    .map(s -> s.snapshot().achievements().stream().map(ArchiveContent.Achievement::id)
                            .collect(Collectors.toSet()))
                    .orElse(Set.of());
            java.time.Instant submitted = a.submission() == 0 ? null
                    : submissions.first(a.id()).map(Submission::submittedAt).orElse(null);
            boolean live = a.state() != ApplicationState.WITHDRAWN && a.state() != ApplicationState.REJECTED
                    && a.state() != ApplicationState.VETOED;
            return new ApplicationCase.OtherApplication(a.id(), a.fixed().planItemId(), a.fixed().year(),
                    a.fixed().title(), a.state().name(), submitted, achievements, live);
        }).toList();
    }

    static Degree degree(ArchiveContent archive) {
        return archive.highestDegree();
    }
}

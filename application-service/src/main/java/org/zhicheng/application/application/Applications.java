package org.zhicheng.application.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.application.archive.ArchiveVersion;
import org.zhicheng.application.archive.Archives;
import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.catalog.Catalog;
import org.zhicheng.application.catalog.TitleInfo;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.Eligibility;
import org.zhicheng.application.eligibility.EligibilityReport;
import org.zhicheng.application.plan.PlanItem;
import org.zhicheng.application.plan.PlanItems;
import org.zhicheng.application.workflow.ApplicationState;
import org.zhicheng.application.workflow.Step;
import org.zhicheng.starter.problem.ConflictRefused;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.problem.RuleRefused;
import org.zhicheng.starter.problem.WrongStateRefused;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.ETags;

/**
 * The applicant's side of an application: a draft for a plan item and title, its amendment, the dry run of every
 * eligibility rule, the submission with the pledge (the archive version's snapshot kept with it), the resubmission
 * after a send-back, the withdrawal. Remote calls (plan-service, the catalog, education-service) happen before the
 * transaction that writes; a refusal writes nothing.
 */
@Service
public class Applications {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 对填报信息真实性做出承诺 (003 三(一)); 申报人 … 承诺 (002 一(二)) */
    static final String PLEDGE_RULE = "003-三(一)";

    private final ApplicationRepository applications;
    private final SubmissionRepository submissions;
    private final Archives archives;
    private final PlanItems planItems;
    private final Catalog catalog;
    private final Eligibility eligibility;
    private final CaseAssembler cases;
    private final ApplicationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Applications(ApplicationRepository applications, SubmissionRepository submissions, Archives archives,
            PlanItems planItems, Catalog catalog, Eligibility eligibility, CaseAssembler cases,
            ApplicationProperties properties, TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.submissions = submissions;
        this.archives = archives;
        this.planItems = planItems;
        this.catalog = catalog;
        this.eligibility = eligibility;
        this.cases = cases;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What an applicant asks for. */
    public record Request(UUID planItemId, String title, Route route, String specialty, Particulars particulars) {
    }

    /** A new draft of the caller's, for the item and the title. */
    public Application create(ZhichengPrincipal user, Request request) {
        String person = requirePerson(user);
        ArchiveVersion archive = archives.current(person);
        ArchiveContent.Employment employment = archive.content().employment();
        if (employment == null || employment.unit() == null || employment.region() == null) {
            throw new RuleRefused("eligibility.archive-incomplete", "002-一(二)", "employment");
        }
        PlanItem item = item(request.planItemId());
        TitleInfo title = title(request.title());
        if (item.committeeCode() == null) {
            throw new RuleRefused("eligibility.committee-unregistered", "001-四", item.committeeName());
        }
        Instant now = clock.instant();
        String name = archive.content().personal() == null ? user.actor() : archive.content().personal().name();
        ApplicationSnapshot.Fixed fixed = new ApplicationSnapshot.Fixed(UUID.randomUUID(), person, name,
                employment.unit(), employment.unitName(), employment.unitType(), employment.region(),
                employment.department(), eligibility.needsDepartment(title.level(), request.route().name()),
                item.planId(), item.itemId(), item.planRegion(), item.year(), item.committeeCode(),
                item.committeeName(), title.code(), title.name(), title.series(), title.level());
        Application created = Application.create(fixed, request.specialty(), request.route(),
                request.particulars(), ApplicationAccess.actor(user, org.zhicheng.application.workflow.Desk.APPLICANT),
                now);
        try {
            transaction.executeWithoutResult(status -> applications.save(created, true));
        } catch (DuplicateKeyException duplicate) {
            throw new RuleRefused("eligibility.duplicate-application", "000-三(三)", item.committeeName());
        }
        return created;
    }

    /** The applicant changes a draft (or a sent-back application): specialty, route, particulars. */
    public Application amend(ZhichengPrincipal user, UUID id, String ifMatch, String specialty, Route route,
            Particulars particulars) {
        return transaction.execute(status -> {
            Application application = lock(id);
            ApplicationAccess.requireApplicant(user, application);
            ETags.check(ifMatch, application.version());
            application.amend(specialty, route, particulars,
                    eligibility.needsDepartment(application.fixed().level(), route.name()), clock.instant());
            applications.save(application, false);
            return application;
        });
    }

    /** Every rule's finding for the caller's draft as it stands (nothing is written). */
    public EligibilityReport check(ZhichengPrincipal user, UUID id) {
        Application application = applications.find(id).orElseThrow(() -> ApplicationAccess.notFound(id));
        ApplicationAccess.requireApplicant(user, application);
        return evaluate(application, archives.current(application.person()).content()).report();
    }

    /** Every rule's finding for an application the caller has not made yet (nothing is written). */
    public EligibilityReport check(ZhichengPrincipal user, Request request) {
        String person = requirePerson(user);
        PlanItem item = item(request.planItemId());
        TitleInfo title = catalog.title(request.title()).orElse(null);
        ApplicationCase c = cases.assemble(new CaseAssembler.Draft(null, person, item, request.title(), title,
                request.route(), request.specialty(), request.particulars(), true),
                archives.current(person).content(), today(), true);
        return eligibility.evaluate(c);
    }

    /**
     * Submits with the pledge: every rule is evaluated on the archive's current version; a failure refuses it
     * ({@link ApplicationIneligible}); otherwise the version's snapshot and the pledge are stored with the
     * submission and the application goes to its unit (or, after a send-back, to the desk that sent it).
     */
    public Application submit(ZhichengPrincipal user, UUID id, boolean pledged) {
        Application loaded = applications.find(id).orElseThrow(() -> ApplicationAccess.notFound(id));
        Actor actor = ApplicationAccess.requireApplicant(user, loaded);
        if (loaded.state() != ApplicationState.DRAFT && loaded.state() != ApplicationState.RETURNED) {
            throw new WrongStateRefused("application", loaded.state(), Step.SUBMIT.name(), null);
        }
        if (!pledged) {
            throw new RuleRefused("application.pledge-missing", PLEDGE_RULE, properties.pledge());
        }
        ArchiveVersion archive = archives.current(loaded.person());
        ArchiveContent.Employment employment = archive.content().employment();
        if (employment == null || !loaded.unit().equals(employment.unit())) {
            throw new RuleRefused("application.unit-changed", "002-二(一)", loaded.unit(),
                    employment == null ? null : employment.unit());
        }
        Evaluated evaluated = evaluate(loaded, archive.content());
        EligibilityReport report = evaluated.report();
        if (!report.eligible()) {
            throw new ApplicationIneligible(report);
        }
        ComplianceStatus compliance = report.pending() ? ComplianceStatus.PENDING : ComplianceStatus.COMPLIANT;
        Map<String, Object> complianceDetail = complianceDetail(evaluated.c());
        return transaction.execute(status -> {
            Application application = lock(id);
            if (application.version() != loaded.version()) {
                throw new ConflictRefused("concurrent-update", id);
            }
            Instant now = clock.instant();
            submissions.insert(new Submission(id, application.submission() + 1, archive.version(),
                    archive.content(), properties.pledge(), report.findings(), actor.name(), now));
            application.submit(archive.version(), compliance, complianceDetail, actor, now);
            if (compliance == ComplianceStatus.PENDING) {
                application.scheduleComplianceRetry(now.plus(properties.compliance().initialBackoff()));
            }
            applications.save(application, false);
            return application;
        });
    }

    /** The applicant withdraws before evaluation (an application in a meeting's vote or after it cannot be). */
    public Application withdraw(ZhichengPrincipal user, UUID id, String reason) {
        return transaction.execute(status -> {
            Application application = lock(id);
            Actor actor = ApplicationAccess.requireApplicant(user, application);
            application.move(Step.WITHDRAW, ApplicationState.WITHDRAWN, actor, reason, clock.instant(), Map.of());
            applications.save(application, false);
            return application;
        });
    }

    public Application read(ZhichengPrincipal user, UUID id) {
        Application application = applications.find(id).orElseThrow(() -> ApplicationAccess.notFound(id));
        ApplicationAccess.requireRead(user, application);
        return application;
    }

    public List<Application> mine(ZhichengPrincipal user) {
        return applications.ofPerson(requirePerson(user));
    }

    private record Evaluated(ApplicationCase c, EligibilityReport report) {
    }

    private Evaluated evaluate(Application application, ArchiveContent archive) {
        PlanItem item = item(application.fixed().planItemId());
        TitleInfo title = catalog.title(application.fixed().title()).orElse(null);
        ApplicationCase c = cases.assemble(new CaseAssembler.Draft(application.id(), application.person(), item,
                application.fixed().title(), title, application.route(), application.specialty(),
                application.particulars(), application.submission() == 0), archive, today(), true);
        return new Evaluated(c, eligibility.evaluate(c));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> complianceDetail(ApplicationCase c) {
        return c.compliance() != null && c.compliance().detail() instanceof Map<?, ?> detail
                ? (Map<String, Object>) detail : Map.of();
    }

    private Application lock(UUID id) {
        return applications.lock(id).orElseThrow(() -> ApplicationAccess.notFound(id));
    }

    private PlanItem item(UUID itemId) {
        if (itemId == null) {
            throw Problems.badRequest("application.item-required");
        }
        return planItems.find(itemId).orElseThrow(() -> Problems.notFound("plan-item", itemId));
    }

    private TitleInfo title(String code) {
        if (code == null || code.isBlank()) {
            throw Problems.badRequest("application.title-required");
        }
        return catalog.title(code).orElseThrow(() -> Problems.badRequest("application.title-unknown", code));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    static String requirePerson(ZhichengPrincipal user) {
        if (!user.hasRole(Roles.APPLICANT) || user.person() == null || user.person().isBlank()) {
            throw Problems.forbidden("application.role-required", Roles.APPLICANT);
        }
        return user.person();
    }
}

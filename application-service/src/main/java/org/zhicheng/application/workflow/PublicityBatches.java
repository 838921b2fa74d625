package org.zhicheng.application.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.application.application.Actor;
import org.zhicheng.application.application.Application;
import org.zhicheng.application.application.ApplicationAccess;
import org.zhicheng.application.application.ApplicationRepository;
import org.zhicheng.starter.problem.ConflictRefused;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.problem.WrongStateRefused;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * The office's publicities of several applications: the pre-evaluation publicity of qualified applications
 * (评前公示, 002 一(三)) and the result publicity of a meeting's passed ones (评后公示, 002 一(五), 001 五(二)). All the
 * applications move together or none does.
 */
@Service
public class PublicityBatches {

    static final int MAX_BATCH = 500;

    private final ApplicationRepository applications;
    private final PublicityOpener opener;
    private final PublicityLinks links;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PublicityBatches(ApplicationRepository applications, PublicityOpener opener, PublicityLinks links,
            TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.opener = opener;
        this.links = links;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What was opened: the publicity and the applications it shows. */
    public record Opened(UUID publicityId, String kind, String subjectId, LocalDate endsOn, List<UUID> applicationIds) {
    }

    public Opened preEvaluation(ZhichengPrincipal user, String committee, List<UUID> ids, Integer workingDays,
            String title, String text) {
        requireOffice(user, committee);
        if (ids == null || ids.isEmpty() || ids.size() > MAX_BATCH) {
            throw Problems.badRequest("application.batch-size", ids == null ? 0 : ids.size(), MAX_BATCH);
        }
        List<Application> loaded = ids.stream().distinct().map(id -> applications.find(id)
                .orElseThrow(() -> ApplicationAccess.notFound(id))).toList();
        check(user, committee, loaded, Step.PRE_EVALUATION_PUBLICITY_OPENED);
        String listId = PublicityOpener.listId().toString();
        NotificationClient.Opened opened = opener.list("PRE_EVALUATION", "APPLICATION_LIST", listId, committee,
                loaded.get(0).fixed().committeeName(), loaded, workingDays, title, text, null, user.actor());
        return record(user, committee, loaded, opened, "PRE_EVALUATION", "APPLICATION_LIST", listId,
                Step.PRE_EVALUATION_PUBLICITY_OPENED, ApplicationState.PRE_EVALUATION_PUBLICITY);
    }

    public Opened results(ZhichengPrincipal user, UUID meeting, Integer workingDays, String title, String text) {
        List<Application> passed = applications.ofMeeting(meeting).stream()
                .filter(a -> a.state() == ApplicationState.PASSED).toList();
        if (passed.isEmpty()) {
            throw new ConflictRefused("application.nothing-to-publicise", meeting);
        }
        String committee = passed.get(0).committee();
        requireOffice(user, committee);
        check(user, committee, passed, Step.RESULT_PUBLICITY_OPENED);
        int round = links.rounds("RESULT", meeting.toString()) + 1;
        String subject = round == 1 ? meeting.toString() : meeting + "/" + round;
        NotificationClient.Opened opened = opener.list("RESULT", "MEETING_RESULTS", subject, committee,
                passed.get(0).fixed().committeeName(), passed, workingDays, title, text, "评审通过", user.actor());
        return record(user, committee, passed, opened, "RESULT", "MEETING_RESULTS", subject,
                Step.RESULT_PUBLICITY_OPENED, ApplicationState.RESULT_PUBLICITY);
    }

    private Opened record(ZhichengPrincipal user, String committee, List<Application> loaded,
            NotificationClient.Opened opened, String kind, String subjectType, String subjectId, Step step,
            ApplicationState target) {
        List<UUID> ids = loaded.stream().map(Application::id).toList();
        LocalDate endsOn = opened.period() == null ? null : opened.period().endsOn();
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            Map<UUID, Integer> versions = new java.util.HashMap<>();
            loaded.forEach(a -> versions.put(a.id(), a.version()));
            for (Application a : applications.lockAll(ids)) {
                if (a.version() != versions.get(a.id())) {
                    throw new ConflictRefused("concurrent-update", a.id());
                }
                Actor actor = ApplicationAccess.requireHolder(user, a);
                a.move(step, target, actor, null, now, Map.of("publicityId", opened.id()));
                a.inPublicity(opened.id(), endsOn, false);
                applications.save(a, false);
            }
            links.insert(new PublicityLinks.Link(opened.id(), kind, subjectType, subjectId, committee, null, ids,
                    endsOn, "RUNNING", null), user.actor(), now);
        });
        return new Opened(opened.id(), kind, subjectId, endsOn, ids);
    }

    private static void check(ZhichengPrincipal user, String committee, List<Application> loaded, Step step) {
        for (Application a : loaded) {
            ApplicationAccess.requireRead(user, a);
            if (!committee.equals(a.committee())) {
                throw Problems.badRequest("application.other-committee", a.id(), committee);
            }
            if (!step.from().contains(a.state())) {
                throw new WrongStateRefused(Workflow.RESOURCE, a.state(), step.name(), null);
            }
        }
    }

    private static void requireOffice(ZhichengPrincipal user, String committee) {
        if (!user.hasRole(Roles.COMMITTEE_OFFICE)) {
            throw Problems.forbidden("application.role-required", Roles.COMMITTEE_OFFICE);
        }
        if (committee == null || !user.isMember(committee)) {
            throw Problems.forbidden("application.other-committee-office", committee);
        }
    }
}

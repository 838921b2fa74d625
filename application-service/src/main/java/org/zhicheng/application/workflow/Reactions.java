package org.zhicheng.application.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.application.application.Actor;
import org.zhicheng.application.application.Application;
import org.zhicheng.application.application.ApplicationRepository;
import org.zhicheng.application.committee.CommitteeRights;
import org.zhicheng.application.integrity.Integrity;

/**
 * How the workflow follows the other services' events, each applied once (the listeners go through the inbox):
 * a publicity's end moves its applications on, an upheld objection sends one back to the desk that must act, a
 * complaint goes into the integrity archive, a filed meeting schedules its applications and its results evaluate
 * them. An event about an application no longer in the state it expects changes nothing (it was withdrawn, vetoed,
 * or the event is late).
 */
@Service
public class Reactions {

    private static final Logger log = LoggerFactory.getLogger(Reactions.class);

    private final ApplicationRepository applications;
    private final PublicityLinks links;
    private final Integrity integrity;
    private final CommitteeRights committees;

    Reactions(ApplicationRepository applications, PublicityLinks links, Integrity integrity,
            CommitteeRights committees) {
        this.applications = applications;
        this.links = links;
        this.integrity = integrity;
        this.committees = committees;
    }

    /** Event data as this service reads it (tolerant reader). */
    public record PublicityStarted(UUID publicityId, String kind, LocalDate endsOn, List<UUID> applicationIds) {
    }

    public record PublicityClosed(UUID publicityId, String kind, String outcome, List<UUID> upheldApplicationIds,
            Instant closedAt) {
    }

    public record ObjectionRaised(UUID objectionId, String trackingNumber, UUID publicityId, String publicityKind,
            UUID applicationId, String kind, Instant raisedAt) {
    }

    public record ObjectionResolved(UUID objectionId, String trackingNumber, UUID publicityId, String publicityKind,
            UUID applicationId, String kind, String outcome, String answeredBy, Instant answeredAt) {
    }

    public record MeetingFiled(UUID meetingId, String committee, List<UUID> applicationIds) {
    }

    public record MeetingResults(UUID meetingId, String committee, List<Outcome> outcomes, Instant closedAt) {
    }

    public record Outcome(UUID applicationId, int agree, int disagree, int abstain, int attending, String outcome) {
    }

    public record RightsChanged(String code, Instant suspendedAt, Instant reinstatedAt) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void publicityStarted(PublicityStarted e) {
        links.started(e.publicityId(), e.endsOn());
        for (UUID id : e.applicationIds() == null ? List.<UUID>of() : e.applicationIds()) {
            applications.lock(id).filter(a -> e.publicityId().equals(a.publicityId())).ifPresent(a -> {
                a.publicityEndsOn(e.endsOn());
                applications.save(a, false);
            });
        }
    }

    /** The publicity ended: its applications not named by an upheld objection go on. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publicityClosed(PublicityClosed e, String source, Instant at) {
        Optional<PublicityLinks.Link> link = links.find(e.publicityId());
        if (link.isEmpty()) {
            return;
        }
        links.closed(e.publicityId(), e.outcome(), e.closedAt() == null ? at : e.closedAt());
        Set<UUID> upheld = Set.copyOf(e.upheldApplicationIds() == null ? List.of() : e.upheldApplicationIds());
        Step closing = switch (link.get().kind()) {
            case "UNIT" -> Step.UNIT_PUBLICITY_CLOSED;
            case "PRE_EVALUATION" -> Step.PRE_EVALUATION_PUBLICITY_CLOSED;
            default -> Step.RESULT_PUBLICITY_CLOSED;
        };
        ApplicationState next = closing.to().iterator().next();
        Actor system = Actor.system(source);
        for (Application a : applications.lockAll(link.get().applicationIds())) {
            if (!e.publicityId().equals(a.publicityId()) || !closing.from().contains(a.state())) {
                continue;
            }
            if (upheld.contains(a.id())) {
                a.move(Step.OBJECTION_UPHELD, backTo(a.state()), system, "公示期间异议经核实成立", at,
                        Map.of("publicityId", e.publicityId()));
            } else {
                a.move(closing, next, system, null, at, Map.of("publicityId", e.publicityId(),
                        "outcome", e.outcome() == null ? "NO_OBJECTIONS" : e.outcome()));
            }
            applications.save(a, false);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void objectionRaised(ObjectionRaised e, Instant at) {
        if (e.applicationId() == null) {
            return;
        }
        applications.find(e.applicationId()).ifPresent(a -> integrity.complaint(e.objectionId(),
                e.trackingNumber(), e.kind(), a.person(), a.fixed().region(), a.unit(), a.id(),
                e.raisedAt() == null ? at : e.raisedAt()));
    }

    /** An answered objection: the integrity archive records the handling; an upheld one sends it back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void objectionResolved(ObjectionResolved e, String source, Instant at) {
        integrity.complaintResolved(e.objectionId(), e.outcome(), e.answeredAt() == null ? at : e.answeredAt());
        if (!"UPHELD".equals(e.outcome()) || e.applicationId() == null) {
            return;
        }
        applications.lock(e.applicationId()).ifPresent(a -> {
            if (!Step.OBJECTION_UPHELD.from().contains(a.state()) || !matches(e.publicityKind(), a.state())) {
                log.info("Upheld objection {} for {} in {}: nothing to send back", e.trackingNumber(), a.id(),
                        a.state());
                return;
            }
            a.move(Step.OBJECTION_UPHELD, backTo(a.state()), Actor.system(source),
                    "异议经核实成立（" + e.trackingNumber() + "）", at,
                    Map.of("objection", e.trackingNumber(), "publicityId", e.publicityId()));
            applications.save(a, false);
        });
    }

    /** The meeting was filed with its applications: those waiting for it are scheduled. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void meetingFiled(MeetingFiled e, String source, Instant at) {
        List<UUID> ids = e.applicationIds() == null ? List.of() : e.applicationIds();
        for (Application a : applications.lockAll(ids)) {
            if (a.state() != ApplicationState.READY_FOR_EVALUATION || !a.committee().equals(e.committee())) {
                continue;
            }
            a.assignedTo(e.meetingId());
            a.move(Step.MEETING_FILED, ApplicationState.SCHEDULED, Actor.system(source), null, at,
                    Map.of("meetingId", e.meetingId()));
            applications.save(a, false);
        }
    }

    /** The committee voted (同意票 ≥ 2/3 of those present passes, 002 一(四)); not voted: waiting for a meeting again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void meetingResults(MeetingResults e, String source, Instant at) {
        Map<UUID, Outcome> outcomes = new java.util.HashMap<>();
        for (Outcome o : e.outcomes() == null ? List.<Outcome>of() : e.outcomes()) {
            outcomes.put(o.applicationId(), o);
        }
        for (Application a : applications.lockAll(List.copyOf(outcomes.keySet()))) {
            if (!Step.EVALUATED.from().contains(a.state()) || !a.committee().equals(e.committee())) {
                continue;
            }
            Outcome o = outcomes.get(a.id());
            Map<String, Object> votes = Map.of("meetingId", e.meetingId(), "agree", o.agree(), "disagree",
                    o.disagree(), "abstain", o.abstain(), "attending", o.attending(), "outcome", o.outcome());
            a.assignedTo(e.meetingId());
            switch (o.outcome()) {
                case "PASSED" -> {
                    a.evaluated("PASSED");
                    a.move(Step.EVALUATED, ApplicationState.PASSED, Actor.system(source), null, at, votes);
                }
                case "FAILED" -> {
                    a.evaluated("FAILED");
                    a.move(Step.EVALUATED, ApplicationState.FAILED, Actor.system(source), null, at, votes);
                }
                default -> a.move(Step.NOT_VOTED, ApplicationState.READY_FOR_EVALUATION, Actor.system(source),
                        "会议未对其表决", at, votes);
            }
            applications.save(a, false);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void rights(RightsChanged e, String status, Instant at) {
        Instant when = e.suspendedAt() != null && "SUSPENDED".equals(status) ? e.suspendedAt()
                : e.reinstatedAt() != null ? e.reinstatedAt() : at;
        committees.changed(e.code(), status, when);
    }

    /** The desk that must act on an upheld objection raised in the publicity of {@code state}. */
    static ApplicationState backTo(ApplicationState state) {
        return switch (state) {
            case UNIT_PUBLICITY, UNIT_RECOMMENDATION -> ApplicationState.UNIT_REVIEW;
            case PRE_EVALUATION_PUBLICITY, READY_FOR_EVALUATION, SCHEDULED -> ApplicationState.QUALIFICATION_REVIEW;
            default -> ApplicationState.PASSED;
        };
    }

    private static boolean matches(String publicityKind, ApplicationState state) {
        return switch (publicityKind == null ? "" : publicityKind) {
            case "UNIT" -> state == ApplicationState.UNIT_PUBLICITY || state == ApplicationState.UNIT_RECOMMENDATION;
            case "PRE_EVALUATION" -> state == ApplicationState.PRE_EVALUATION_PUBLICITY
                    || state == ApplicationState.READY_FOR_EVALUATION || state == ApplicationState.SCHEDULED;
            case "RESULT" -> state == ApplicationState.RESULT_PUBLICITY
                    || state == ApplicationState.RESULT_CONFIRMED;
            default -> false;
        };
    }
}

package org.zhicheng.notification.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.notification.publicity.domain.PublicityClosed;
import org.zhicheng.notification.publicity.domain.PublicityEvent;
import org.zhicheng.notification.publicity.domain.PublicityStarted;
import org.zhicheng.notification.publicity.domain.PublicitySubject;

/**
 * The {@code data} of the publicity events, as documented in {@code docs/events/asyncapi.yaml}; key = the publicity's
 * id, so a publicity's events and its objections' events arrive in order. No personal data: the entries' names are
 * public on the publicity itself, the events carry only the application ids the workflow needs.
 */
public final class PublicityEvents {

    /** The notification service's topic; an explicit name, part of the event contract. */
    public static final String TOPIC = "zhicheng.notification.events";
    static final String STARTED = "PublicityStarted";
    static final String CLOSED = "PublicityClosed";

    private PublicityEvents() {
    }

    static String typeOf(PublicityEvent event) {
        return switch (event) {
            case PublicityStarted started -> STARTED;
            case PublicityClosed closed -> CLOSED;
        };
    }

    static Object dataOf(PublicityEvent event) {
        return switch (event) {
            case PublicityStarted started -> new StartedData(started.publicityId(), started.kind().name(),
                    SubjectData.of(started.subject()), started.region(), started.committee(), started.unit(),
                    started.title(), started.period().startsOn(), started.period().endsOn(),
                    started.period().closesAt(), started.period().workingDays(), started.period().provisional(),
                    started.applicationIds(), started.entryCount(), started.openedAt());
            case PublicityClosed closed -> new ClosedData(closed.publicityId(), closed.kind().name(),
                    SubjectData.of(closed.subject()), closed.region(), closed.committee(), closed.unit(),
                    closed.outcome().name(), closed.endsOn(), closed.heldSince() != null, closed.heldSince(),
                    new ObjectionCounts(closed.objections().raised(), closed.objections().upheld(),
                            closed.objections().notUpheld(), closed.objections().outsideScope()),
                    closed.objections().upheldApplications(), closed.closedAt());
        };
    }

    record SubjectData(String type, String id) {

        static SubjectData of(PublicitySubject subject) {
            return new SubjectData(subject.type().name(), subject.id());
        }
    }

    record StartedData(UUID publicityId, String kind, SubjectData subject, String region, String committee,
            String unit, String title, LocalDate startsOn, LocalDate endsOn, Instant closesAt, int workingDays,
            boolean provisional, List<UUID> applicationIds, int entryCount, Instant openedAt) {
    }

    record ClosedData(UUID publicityId, String kind, SubjectData subject, String region, String committee,
            String unit, String outcome, LocalDate endsOn, boolean held, Instant heldSince, ObjectionCounts objections,
            List<UUID> upheldApplicationIds, Instant closedAt) {
    }

    record ObjectionCounts(int raised, int upheld, int notUpheld, int outsideScope) {
    }
}

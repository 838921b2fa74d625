package org.zhicheng.committee.meeting;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.meeting.domain.Meeting;
import org.zhicheng.committee.meeting.domain.MeetingEvent;
import org.zhicheng.committee.meeting.domain.MeetingTransition;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.Problems;

/**
 * Loading and saving meetings, for this feature's use cases and the ballot and draw features. Saving writes the
 * state (optimistic lock), a history row per transition and the transitions' events to the outbox, all in the
 * caller's transaction.
 */
@Component
public class Meetings {

    private final MeetingRepository repository;
    private final Outbox outbox;

    Meetings(MeetingRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    /** The meeting; 404 {@code meeting.not-found}. */
    @Transactional(readOnly = true)
    public Meeting require(UUID id) {
        return repository.find(id).orElseThrow(() -> Problems.notFound("meeting", id));
    }

    /** The meeting, its row locked until the caller's transaction ends; 404 {@code meeting.not-found}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Meeting lock(UUID id) {
        return repository.lock(id).orElseThrow(() -> Problems.notFound("meeting", id));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(Meeting meeting, String subject) {
        repository.insert(meeting);
        record(meeting, subject);
    }

    /**
     * Stores the meeting and what happened to it since it was loaded.
     *
     * @param subject the token subject of the caller, the envelopes' {@code actor}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Meeting meeting, String subject) {
        repository.update(meeting);
        record(meeting, subject);
    }

    private void record(Meeting meeting, String subject) {
        for (MeetingTransition transition : meeting.takeRecorded()) {
            repository.appendHistory(meeting.id(), transition);
            for (MeetingEvent event : transition.events()) {
                outbox.append(MeetingEvents.TOPIC, event.type(), event.version(), meeting.committeeCode(), subject,
                        MeetingEvents.dataOf(event));
            }
        }
    }
}

package org.zhicheng.notification.publicity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.notification.publicity.domain.Publicity;
import org.zhicheng.notification.publicity.domain.PublicityEvent;
import org.zhicheng.notification.publicity.domain.PublicityKind;
import org.zhicheng.notification.publicity.domain.PublicitySubject;
import org.zhicheng.notification.publicity.domain.PublicityTransition;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.Problems;

/**
 * Loading and saving publicities, for this feature's use cases and the objections'. Saving writes the state
 * (optimistic lock), a history row per transition, the events to the outbox and the notices the events give, all
 * in the caller's transaction.
 */
@Component
public class Publicities {

    private final PublicityRepository repository;
    private final Outbox outbox;
    private final PublicityNotices notices;

    Publicities(PublicityRepository repository, Outbox outbox, PublicityNotices notices) {
        this.repository = repository;
        this.outbox = outbox;
        this.notices = notices;
    }

    /** The publicity; 404 {@code publicity.not-found}. */
    @Transactional(readOnly = true)
    public Publicity require(UUID id) {
        return repository.find(id).orElseThrow(() -> Problems.notFound("publicity", id));
    }

    /**
     * The publicity, its row locked until the caller's transaction ends (objections and closing take this lock
     * first, so an objection cannot slip in while the publicity closes); 404 {@code publicity.not-found}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Publicity lock(UUID id) {
        return repository.lock(id).orElseThrow(() -> Problems.notFound("publicity", id));
    }

    @Transactional(readOnly = true)
    Optional<Publicity> findBySubject(PublicityKind kind, PublicitySubject subject) {
        return repository.findBySubject(kind, subject);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(Publicity publicity, String subject) {
        repository.insert(publicity);
        record(publicity, subject);
    }

    /**
     * Stores the publicity and what happened to it since it was loaded.
     *
     * @param subject the token subject (or system name) of the caller, the envelopes' {@code actor}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Publicity publicity, String subject) {
        repository.update(publicity);
        record(publicity, subject);
    }

    private void record(Publicity publicity, String subject) {
        for (PublicityTransition transition : publicity.takeRecorded()) {
            repository.appendHistory(publicity.id(), transition);
            for (PublicityEvent event : transition.events()) {
                outbox.append(PublicityEvents.TOPIC, PublicityEvents.typeOf(event), 1, publicity.id().toString(),
                        subject, PublicityEvents.dataOf(event));
            }
            notices.after(publicity, transition);
        }
    }
}

package org.zhicheng.notification.objection;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.notification.objection.domain.Objection;
import org.zhicheng.notification.objection.domain.ObjectionEvent;
import org.zhicheng.notification.objection.domain.ObjectionTransition;
import org.zhicheng.notification.publicity.PublicityEvents;
import org.zhicheng.notification.publicity.domain.Publicity;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.Problems;

/**
 * Loading and saving objections: the state (optimistic lock), a history row per transition, the events to the outbox
 * (key = the publicity) and the notices, in the caller's transaction.
 */
@Component
class Objections {

    private final ObjectionRepository repository;
    private final Outbox outbox;
    private final ObjectionNotices notices;

    Objections(ObjectionRepository repository, Outbox outbox, ObjectionNotices notices) {
        this.repository = repository;
        this.outbox = outbox;
        this.notices = notices;
    }

    /** The objection with this tracking number, locked; 404 {@code objection.not-found}. */
    @Transactional(propagation = Propagation.MANDATORY)
    Objection lock(String trackingNumber) {
        return repository.lockByTrackingNumber(trackingNumber)
                .orElseThrow(() -> Problems.notFound("objection", trackingNumber));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(Objection objection, List<Attachment> attachments, Publicity publicity, String subject) {
        repository.insert(objection, attachments);
        record(objection, publicity, subject);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void save(Objection objection, Publicity publicity, String subject) {
        repository.update(objection);
        record(objection, publicity, subject);
    }

    private void record(Objection objection, Publicity publicity, String subject) {
        for (ObjectionTransition transition : objection.takeRecorded()) {
            repository.appendHistory(objection.id(), transition);
            for (ObjectionEvent event : transition.events()) {
                outbox.append(PublicityEvents.TOPIC, ObjectionEvents.typeOf(event), 1,
                        objection.publicityId().toString(), subject, ObjectionEvents.dataOf(event));
            }
            notices.after(objection, publicity, transition);
        }
    }
}

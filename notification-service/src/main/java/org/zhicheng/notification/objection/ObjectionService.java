package org.zhicheng.notification.objection;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.notification.objection.ObjectionAccess.Audience;
import org.zhicheng.notification.objection.ObjectionRepository.AttachmentInfo;
import org.zhicheng.notification.objection.ObjectionRepository.Filter;
import org.zhicheng.notification.objection.ObjectionRepository.HistoryRow;
import org.zhicheng.notification.objection.ObjectionRepository.Page;
import org.zhicheng.notification.objection.domain.AnswerOutcome;
import org.zhicheng.notification.objection.domain.Objection;
import org.zhicheng.notification.objection.domain.ObjectionKind;
import org.zhicheng.notification.objection.domain.Raiser;
import org.zhicheng.notification.publicity.ObjectionTallies;
import org.zhicheng.notification.publicity.Publicities;
import org.zhicheng.notification.publicity.domain.Publicity;
import org.zhicheng.notification.publicity.domain.PublicityRules;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Use cases of objections. Every write takes the publicity's lock first, then the objection's: raising cannot slip
 * past a closing publicity, and an answer that leaves a held publicity without open objections closes it in the same
 * transaction. A refusal changes nothing; refused attachments are refused before anything is written.
 */
@Service
class ObjectionService {

    private static final String ANONYMOUS = "anonymous";

    private final Objections objections;
    private final ObjectionRepository repository;
    private final Publicities publicities;
    private final ObjectionTallies tallies;
    private final PublicityRules rules;
    private final ObjectionAccess access;
    private final AccessCodes codes;
    private final Clock clock;

    ObjectionService(Objections objections, ObjectionRepository repository, Publicities publicities,
            ObjectionTallies tallies, PublicityRules rules, ObjectionAccess access, AccessCodes codes, Clock clock) {
        this.objections = objections;
        this.repository = repository;
        this.publicities = publicities;
        this.tallies = tallies;
        this.rules = rules;
        this.access = access;
        this.codes = codes;
        this.clock = clock;
    }

    /** What a raiser files; the name and contact are optional. */
    record RaiseObjection(UUID publicityId, UUID entryId, ObjectionKind kind, String text, String name,
            String contact) {
    }

    /** A registered objection and its access code, given to the raiser this once. */
    record Raised(Objection objection, String accessCode, List<AttachmentInfo> attachments) {
    }

    /** Anyone raises an objection against a running publicity (001 五(二)); signed in or not. */
    @Transactional
    Raised raise(RaiseObjection input, List<Attachment> attachments, ZhichengPrincipal user) {
        Publicity publicity = publicities.lock(input.publicityId());
        Instant now = clock.instant();
        String accessCode = codes.generate();
        Raiser raiser = new Raiser(input.name(), input.contact(), user == null ? null : user.actor(),
                user == null ? null : user.person());
        Objection objection = Objection.raise(UUID.randomUUID(), repository.nextTrackingNumber(now),
                codes.hash(accessCode), publicity, new Objection.Filing(input.kind(), input.entryId(), input.text(),
                        raiser), rules, user == null ? ANONYMOUS : user.actor(), now);
        objections.insert(objection, attachments, publicity, user == null ? ANONYMOUS : user.subject());
        return new Raised(objection, accessCode, repository.attachments(objection.id()));
    }

    /** The desk assigned records a step of the investigation. */
    @Transactional
    Objection note(String trackingNumber, String text, ZhichengPrincipal user) {
        access.requireHandlerRole(user);
        Publicity publicity = lockPublicityOf(trackingNumber);
        Objection objection = objections.lock(trackingNumber);
        access.requireAssigned(objection, user);
        repository.insertNote(objection.id(), objection.note(UUID.randomUUID(), user.actor(), text,
                clock.instant()));
        objections.save(objection, publicity, user.subject());
        return objection;
    }

    /**
     * The desk assigned answers; when the publicity's period is over and nothing else is open, the publicity closes
     * in the same transaction.
     */
    @Transactional
    Objection answer(String trackingNumber, AnswerOutcome outcome, String text, ZhichengPrincipal user) {
        access.requireHandlerRole(user);
        Publicity publicity = lockPublicityOf(trackingNumber);
        Objection objection = objections.lock(trackingNumber);
        access.requireAssigned(objection, user);
        Instant now = clock.instant();
        objection.answer(outcome, text, user.actor(), now);
        objections.save(objection, publicity, user.subject());
        if (publicity.closeIfDue(tallies.tally(publicity.id()), rules, user.actor(), now).isPresent()) {
            publicities.save(publicity, user.subject());
        }
        return objection;
    }

    /** An objection with how the caller sees it, and its attachments' descriptions. */
    record Seen(Objection objection, Audience audience, List<AttachmentInfo> attachments) {
    }

    @Transactional(readOnly = true)
    Seen find(String trackingNumber, String accessCode, ZhichengPrincipal user) {
        Objection objection = repository.findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> Problems.notFound("objection", trackingNumber));
        Audience audience = access.audience(objection, accessCode, user, codes);
        return new Seen(objection, audience, repository.attachments(objection.id()));
    }

    @Transactional(readOnly = true)
    Page search(Filter filter, boolean mine, int page, int size, ZhichengPrincipal user) {
        return repository.search(access.scope(user, mine), filter, page, size);
    }

    /** An attachment's content, for the staff of the objection. */
    @Transactional(readOnly = true)
    Attachment attachment(String trackingNumber, UUID attachmentId, ZhichengPrincipal user) {
        access.requireStaffRole(user);
        Objection objection = repository.findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> Problems.notFound("objection", trackingNumber));
        access.requireStaff(objection, user);
        return repository.attachment(objection.id(), attachmentId)
                .orElseThrow(() -> Problems.notFound("attachment", attachmentId));
    }

    @Transactional(readOnly = true)
    List<HistoryRow> history(String trackingNumber, ZhichengPrincipal user) {
        access.requireStaffRole(user);
        Objection objection = repository.findByTrackingNumber(trackingNumber)
                .orElseThrow(() -> Problems.notFound("objection", trackingNumber));
        access.requireStaff(objection, user);
        return repository.history(objection.id());
    }

    private Publicity lockPublicityOf(String trackingNumber) {
        UUID publicityId = repository.publicityOf(trackingNumber)
                .orElseThrow(() -> Problems.notFound("objection", trackingNumber));
        return publicities.lock(publicityId);
    }
}

package org.zhicheng.notification.publicity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.notification.publicity.PublicityAccess.Opener;
import org.zhicheng.notification.publicity.PublicityRepository.Filter;
import org.zhicheng.notification.publicity.PublicityRepository.HistoryRow;
import org.zhicheng.notification.publicity.PublicityRepository.Page;
import org.zhicheng.notification.publicity.domain.Publicity;
import org.zhicheng.notification.publicity.domain.PublicityContact;
import org.zhicheng.notification.publicity.domain.PublicityEntry;
import org.zhicheng.notification.publicity.domain.PublicityKind;
import org.zhicheng.notification.publicity.domain.PublicityRules;
import org.zhicheng.notification.publicity.domain.PublicitySubject;
import org.zhicheng.starter.problem.ConflictRefused;
import org.zhicheng.starter.security.ZhichengPrincipal;

import tools.jackson.databind.json.JsonMapper;

/**
 * Use cases of publicities: opening (idempotent by kind and subject), closing by hand, and reading them. A write
 * locks the publicity's row, runs the domain transition and stores it with its history, events and notices in one
 * transaction; a refusal changes nothing.
 */
@Service
class PublicityService {

    private final Publicities publicities;
    private final PublicityRepository repository;
    private final PublicityAccess access;
    private final PublicityRules rules;
    private final ObjectionTallies tallies;
    private final JsonMapper json;
    private final Clock clock;

    PublicityService(Publicities publicities, PublicityRepository repository, PublicityAccess access,
            PublicityRules rules, ObjectionTallies tallies, JsonMapper json, Clock clock) {
        this.publicities = publicities;
        this.repository = repository;
        this.access = access;
        this.rules = rules;
        this.tallies = tallies;
        this.json = json;
        this.clock = clock;
    }

    /** What an opener asks to publish; {@code committee}, {@code unit} and {@code region} as {@link PublicityAccess#opener} reads them. */
    record OpenPublicity(PublicityKind kind, PublicitySubject subject, String committee, String unit, String region,
            String publisher, String title, String body, PublicityContact contact, Integer workingDays,
            List<EntryInput> entries, String onBehalfOf) {
    }

    /** An entry as asked for (its id is given by the service). */
    record EntryInput(UUID applicationId, String person, String name, String unit, String title, String specialty,
            List<String> representativeAchievements, String remark) {
    }

    /** The publicity opened, and whether this call opened it (false: the same publicity was opened before). */
    record Opened(Publicity publicity, boolean created) {
    }

    /**
     * Opens a publicity today for at least the kind's minimum of working days. The same request again (same kind,
     * subject and content) answers the publicity already opened; a different one for the same kind and subject is
     * refused: 409 {@code publicity.already-opened} (the kind's rule).
     */
    @Transactional
    Opened open(OpenPublicity input, ZhichengPrincipal user) {
        Opener opener = access.opener(input.kind(), input.committee(), input.unit(), input.region(),
                input.publisher(), user);
        String hash = contentHash(input, opener);
        Optional<Publicity> existing = publicities.findBySubject(input.kind(), input.subject());
        if (existing.isPresent()) {
            return repeated(existing.get(), hash);
        }
        List<PublicityEntry> entries = input.entries().stream().map(entry -> new PublicityEntry(UUID.randomUUID(),
                entry.applicationId(), entry.person(), entry.name(), entry.unit(), entry.title(), entry.specialty(),
                entry.representativeAchievements(), entry.remark())).toList();
        String actor = actor(user, input.onBehalfOf(), opener.onBehalf());
        Publicity publicity = Publicity.open(new Publicity.Draft(UUID.randomUUID(), input.kind(), input.subject(),
                opener.region(), opener.committee(), opener.unit(), opener.publisher(), input.title(), input.body(),
                input.contact(), entries, input.workingDays(), hash), rules, actor, clock.instant());
        publicities.insert(publicity, user.subject());
        return new Opened(publicity, true);
    }

    private static Opened repeated(Publicity existing, String hash) {
        if (!existing.contentHash().equals(hash)) {
            throw ConflictRefused.underRule("publicity.already-opened", existing.kind().rule(),
                    existing.kind().label(), existing.subject().type().name(), existing.subject().id(),
                    existing.id());
        }
        return new Opened(existing, false);
    }

    /**
     * The opener closes the publicity once its period is over and every objection is answered; the closer does the
     * same by itself at the end of the last working day, so this is for not waiting for it.
     */
    @Transactional
    Publicity close(UUID id, String reason, ZhichengPrincipal user) {
        access.requireStaffRole(user);
        Publicity publicity = publicities.lock(id);
        access.requireOpener(publicity, user);
        publicity.close(tallies.tally(id), rules, user.actor(), reason, clock.instant());
        publicities.save(publicity, user.subject());
        return publicity;
    }

    @Transactional(readOnly = true)
    Publicity find(UUID id) {
        return publicities.require(id);
    }

    @Transactional(readOnly = true)
    Page search(Filter filter, int page, int size) {
        return repository.search(filter, page, size);
    }

    @Transactional(readOnly = true)
    List<HistoryRow> history(UUID id, ZhichengPrincipal user) {
        access.requireStaffRole(user);
        access.requireStaff(publicities.require(id), user);
        return repository.history(id);
    }

    PublicityRules rules() {
        return rules;
    }

    PublicityAccess access() {
        return access;
    }

    ObjectionTallies tallies() {
        return tallies;
    }

    /** Who opened it, as recorded: the caller, or for the workflow the user it acts for. */
    private static String actor(ZhichengPrincipal user, String onBehalfOf, boolean workflow) {
        if (workflow && onBehalfOf != null && !onBehalfOf.isBlank()) {
            return onBehalfOf.strip() + " via " + user.actor();
        }
        return user.actor();
    }

    /** What makes two open requests the same publicity: everything the public would see, and where it belongs. */
    private String contentHash(OpenPublicity input, Opener opener) {
        record Content(String kind, String subjectType, String subjectId, String region, String committee,
                String unit, String publisher, String title, String body, PublicityContact contact,
                Integer workingDays, List<EntryInput> entries) {
        }
        Content content = new Content(input.kind().name(), input.subject().type().name(), input.subject().id(),
                opener.region(), opener.committee(), opener.unit(), opener.publisher(), strip(input.title()),
                strip(input.body()), input.contact(),
                input.workingDays() == null ? rules.period().minimumOf(input.kind()) : input.workingDays(),
                input.entries());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}

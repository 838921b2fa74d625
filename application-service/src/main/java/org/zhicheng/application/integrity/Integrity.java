package org.zhicheng.application.integrity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.problem.RuleRefused;

/**
 * The integrity archive (诚信档案): complaints and their handling as notification-service reports them (000 三(四)),
 * fraud vetoes with the ban they carry (002 三(一), MOHRSS-40 第三十七条), bans and exclusions from recommendation
 * recorded by the desks, and their lifting. Records are never deleted; a lifted one stays with who lifted it and why.
 */
@Service
@EnableConfigurationProperties(IntegrityProperties.class)
public class Integrity {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final IntegrityRepository records;
    private final IntegrityProperties properties;
    private final Clock clock;

    Integrity(IntegrityRepository records, IntegrityProperties properties, Clock clock) {
        this.records = records;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public IntegrityStanding standing(String person) {
        return new IntegrityStanding(records.ofPerson(person));
    }

    /** An objection or complaint naming an application's entry (from {@code ObjectionRaised}); once per objection. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complaint(UUID objectionId, String trackingNumber, String kind, String person, String region,
            String unit, UUID applicationId, Instant raisedAt) {
        records.insert(new IntegrityRecord(UUID.randomUUID(), IntegrityKind.COMPLAINT, person, region, unit,
                applicationId, objectionId, trackingNumber, ("COMPLAINT".equals(kind) ? "投诉举报 " : "异议 ")
                + trackingNumber, null, null, null, "notification-service", raisedAt, null, null, null, null));
    }

    /** The handling of a complaint (from {@code ObjectionResolved}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complaintResolved(UUID objectionId, String outcome, Instant at) {
        records.resolveComplaint(objectionId, outcome, at);
    }

    /** A fraud veto (一票否决): recorded with a ban of {@code fraud-ban-years} from today. */
    @Transactional(propagation = Propagation.MANDATORY)
    public IntegrityRecord veto(String person, String region, String unit, UUID applicationId, String description,
            String actor) {
        Instant now = clock.instant();
        IntegrityRecord veto = new IntegrityRecord(UUID.randomUUID(), IntegrityKind.FRAUD_VETO, person, region, unit,
                applicationId, null, null, description, null,
                today().plusYears(properties.fraudBanYears()), null, actor, now, null, null, null, null);
        records.insert(veto);
        return veto;
    }

    /**
     * A ban or an exclusion from recommendation recorded by a desk.
     *
     * @throws RuleRefused {@code integrity.ban-too-long} beyond {@code max-ban-years} (MOHRSS-40)
     */
    @Transactional
    public IntegrityRecord record(IntegrityKind kind, String person, String region, String unit, String description,
            LocalDate bannedUntil, Integer excludedYear, String actor) {
        LocalDate today = today();
        switch (kind) {
            case BAN -> {
                if (bannedUntil == null || !bannedUntil.isAfter(today)) {
                    throw Problems.badRequest("integrity.ban-until-invalid", bannedUntil);
                }
                if (bannedUntil.isAfter(today.plusYears(properties.maxBanYears()))) {
                    throw new RuleRefused("integrity.ban-too-long", "MOHRSS-40", bannedUntil,
                            properties.maxBanYears());
                }
            }
            case RECOMMENDATION_EXCLUSION -> {
                if (excludedYear == null || excludedYear < today.getYear() - 1 || excludedYear > today.getYear() + 1) {
                    throw Problems.badRequest("integrity.year-invalid", excludedYear);
                }
            }
            default -> throw Problems.badRequest("integrity.kind-not-recordable", kind);
        }
        IntegrityRecord recorded = new IntegrityRecord(UUID.randomUUID(), kind, person, region, unit, null, null,
                null, description, null, kind == IntegrityKind.BAN ? bannedUntil : null,
                kind == IntegrityKind.RECOMMENDATION_EXCLUSION ? excludedYear : null, actor, clock.instant(), null,
                null, null, null);
        records.insert(recorded);
        return recorded;
    }

    @Transactional
    public IntegrityRecord lift(UUID id, String reason, String actor) {
        IntegrityRecord record = require(id);
        if (record.lifted() || record.kind() == IntegrityKind.COMPLAINT) {
            throw Problems.wrongState("integrity-record", record.lifted() ? "LIFTED" : record.kind(), "lift");
        }
        records.lift(id, actor, reason, clock.instant());
        return require(id);
    }

    @Transactional(readOnly = true)
    public IntegrityRecord require(UUID id) {
        return records.find(id).orElseThrow(() -> Problems.notFound("integrity-record", id));
    }

    @Transactional(readOnly = true)
    public List<IntegrityRecord> ofPerson(String person) {
        return records.ofPerson(person);
    }

    @Transactional(readOnly = true)
    public List<IntegrityRecord> ofRegion(String region, IntegrityKind kind, int page, int size) {
        return records.ofRegion(region, kind, page * size, size);
    }

    @Transactional(readOnly = true)
    public long countOfRegion(String region, IntegrityKind kind) {
        return records.countOfRegion(region, kind);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}

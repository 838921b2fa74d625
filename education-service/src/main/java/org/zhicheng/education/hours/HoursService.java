package org.zhicheng.education.hours;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.education.hours.domain.HourRecordRules;
import org.zhicheng.education.hours.domain.HoursInput;
import org.zhicheng.education.hours.domain.HoursRejected;
import org.zhicheng.education.hours.domain.NewHours;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.FieldProblem;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Use cases of the ledger. Each write checks scope and rules first, then stores the entry and its event in one
 * transaction, so a refused entry changes nothing and an accepted one is always announced.
 */
@Service
class HoursService {

    /** The year a record may not exceed is the year in Zhejiang, not in UTC (the first hours of 1 January). */
    private static final ZoneId ZHEJIANG = ZoneId.of("Asia/Shanghai");

    private final HourLedger ledger;
    private final HoursAccess access;
    private final HourRecordRules rules;
    private final Outbox outbox;
    private final Clock clock;

    HoursService(HourLedger ledger, HoursAccess access, HoursProperties properties, Outbox outbox, Clock clock) {
        this.ledger = ledger;
        this.access = access;
        this.rules = new HourRecordRules(properties.maxPerRecord());
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    HourEntry record(ZhichengPrincipal user, HoursInput input) {
        access.requireRecorder(user, input.region(), input.unit());
        NewHours hours;
        try {
            hours = check(input);
        } catch (HoursRejected rejected) {
            throw Problems.badRequest(rejected.code(), rejected.arguments().toArray()).withErrors(List.of(
                    new FieldProblem(rejected.field(), rejected.code(), rejected.getMessage())));
        }
        String certificate = hours.source() == null ? null : hours.source().certificateNumber();
        if (certificate != null && !ledger.certificatesInUse(List.of(certificate)).isEmpty()) {
            throw duplicateCertificate(certificate);
        }
        return append(user, hours);
    }

    /** The entry checked by the ledger's rules, this year being Zhejiang's; {@link HoursRejected} names the rule. */
    NewHours check(HoursInput input) {
        return rules.check(input, LocalDate.now(clock.withZone(ZHEJIANG)).getYear());
    }

    /** Writes a checked entry and its {@code HoursRecorded}, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    HourEntry append(ZhichengPrincipal user, NewHours hours) {
        HourEntry entry = new HourEntry(UUID.randomUUID(), HourEntry.RECORD, hours.person(), hours.region(),
                hours.unit(), hours.year(), hours.category(), hours.hours(), hours.source(), null, null,
                recorder(user), clock.instant(), null);
        ledger.insert(entry);
        outbox.append(HoursEvents.TOPIC, "HoursRecorded", 1, entry.person(), user.subject(),
                HoursEvents.HoursRecorded.of(entry));
        return entry;
    }

    /** Cancels an entry by a new one of opposite hours; the original stays as it was, now shown as REVERSED. */
    @Transactional
    HourEntry reverse(ZhichengPrincipal user, UUID id, String reason) {
        HourEntry original = ledger.find(id).orElseThrow(() -> Problems.notFound("hour-record", id));
        if (access.visible(user, original.person(), List.of(original)).isEmpty()) {
            throw Problems.notFound("hour-record", id);
        }
        access.requireCorrector(user, original.region(), original.unit());
        if (!HourEntry.RECORD.equals(original.kind()) || original.reversedBy() != null) {
            throw Problems.wrongState("hour-record", original.status(), "reverse");
        }
        HourEntry reversal = new HourEntry(UUID.randomUUID(), HourEntry.REVERSAL, original.person(),
                original.region(), original.unit(), original.year(), original.category(), original.hours().negate(),
                null, original.id(), reason, recorder(user), clock.instant(), null);
        try {
            ledger.insert(reversal);
        } catch (DuplicateKeyException raced) {
            // another reversal of the same entry committed first
            throw Problems.wrongState("hour-record", "REVERSED", "reverse");
        }
        outbox.append(HoursEvents.TOPIC, "HoursReversed", 1, reversal.person(), user.subject(),
                HoursEvents.HoursReversed.of(reversal));
        return reversal;
    }

    @Transactional(readOnly = true)
    List<HourEntry> ofPerson(ZhichengPrincipal user, String person, Integer year) {
        List<HourEntry> all = ledger.ofPerson(person);
        List<HourEntry> visible = access.visible(user, person, all);
        if (!all.isEmpty() && visible.isEmpty()) {
            // the person exists but not for this reader: answer as if they did not
            throw Problems.notFound("person", person);
        }
        return year == null ? visible : visible.stream().filter(entry -> entry.year() == year).toList();
    }

    private static RuntimeException duplicateCertificate(String certificate) {
        return Problems.conflict("hours.duplicate-certificate", certificate).withErrors(List.of(
                new FieldProblem("source.certificateNumber", "hours.duplicate-certificate",
                        "certificate number " + certificate + " is already recorded")));
    }

    /** How entries and deliveries name who wrote them. */
    static String recorder(ZhichengPrincipal user) {
        return user.actor();
    }
}

package org.zhicheng.education.hours;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.education.hours.domain.HourRecordRules;
import org.zhicheng.education.hours.domain.HourSource;
import org.zhicheng.education.hours.domain.HoursInput;
import org.zhicheng.education.hours.domain.HoursRejected;
import org.zhicheng.education.hours.domain.NewHours;
import org.zhicheng.education.hours.intake.CityRegistryCsv;
import org.zhicheng.education.hours.intake.ExportAdapter;
import org.zhicheng.education.hours.intake.ImportRow;
import org.zhicheng.education.hours.intake.MalformedFile;
import org.zhicheng.education.hours.intake.ParsedFile;
import org.zhicheng.education.hours.intake.ProviderXlsx;
import org.zhicheng.education.hours.intake.RowProblem;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.FieldProblem;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Bulk intake: a file export or a platform batch is taken in whole or not at all. Every row is checked (ledger rules,
 * certificate numbers against the ledger and within the delivery) before anything is written, and all problems are
 * reported at once, one per row and rule. A delivery is remembered by its key (the file's SHA-256, the batch id), so
 * delivering it again is answered from memory and writes nothing.
 */
@Service
class IntakeService {

    private static final ZoneId ZHEJIANG = ZoneId.of("Asia/Shanghai");

    private final HourLedger ledger;
    private final JdbcClient jdbc;
    private final HourRecordRules rules;
    private final Outbox outbox;
    private final Clock clock;
    private final Map<String, ExportAdapter> adapters = new HashMap<>();

    IntakeService(HourLedger ledger, JdbcClient jdbc, HoursProperties properties, Outbox outbox, Clock clock) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.rules = new HourRecordRules(properties.maxPerRecord());
        this.outbox = outbox;
        this.clock = clock;
        for (ExportAdapter adapter : List.of(new CityRegistryCsv(), new ProviderXlsx())) {
            adapters.put(adapter.format(), adapter);
        }
    }

    /** One checked row of a delivery, with the number the report names it by. */
    private record Candidate(int line, HoursInput input) {
    }

    @Transactional
    ImportReport importFile(ZhichengPrincipal user, String format, String region, String unit, byte[] file) {
        requireImporter(user, region, unit);
        ExportAdapter adapter = adapters.get(format);
        if (adapter == null) {
            throw Problems.badRequest("import.unknown-format", format).withErrors(List.of(
                    new FieldProblem("format", "import.unknown-format", "unknown format " + format)));
        }
        String key = "file:" + sha256(file);
        Optional<ImportReport> earlier = earlier(key, format);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ParsedFile parsed;
        try {
            parsed = adapter.read(new ByteArrayInputStream(file));
        } catch (MalformedFile malformed) {
            throw Problems.badRequest("import.malformed-file", format, malformed.getMessage()).withErrors(List.of(
                    new FieldProblem("file", "import.malformed-file", malformed.getMessage())));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ImportRow row : parsed.rows()) {
            candidates.add(new Candidate(row.line(), new HoursInput(row.person(), region, unit, row.year(),
                    row.category(), row.hours(), new HourSource(parsed.system(), row.provider(), row.course(),
                            row.certificateNumber()))));
        }
        return take(user, key, format, candidates, parsed.problems());
    }

    @Transactional
    ImportReport importBatch(ZhichengPrincipal user, String batchId, List<HoursInput> records) {
        if (user == null || !user.hasRole(Roles.PLATFORM)) {
            throw Problems.forbidden("hours.role-required", Roles.PLATFORM);
        }
        String key = "batch:" + batchId;
        Optional<ImportReport> earlier = earlier(key, "batch");
        if (earlier.isPresent()) {
            return earlier.get();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            candidates.add(new Candidate(i + 1, records.get(i)));
        }
        return take(user, key, "batch", candidates, List.of());
    }

    private ImportReport take(ZhichengPrincipal user, String key, String format, List<Candidate> candidates,
            List<RowProblem> readProblems) {
        int currentYear = LocalDate.now(clock.withZone(ZHEJIANG)).getYear();
        List<RowProblem> problems = new ArrayList<>(readProblems);
        List<Map.Entry<Integer, NewHours>> accepted = new ArrayList<>();
        Map<String, Integer> certificates = new HashMap<>();
        for (Candidate candidate : candidates) {
            NewHours hours;
            try {
                hours = rules.check(candidate.input(), currentYear);
            } catch (HoursRejected rejected) {
                problems.add(new RowProblem(candidate.line(), rejected.code(),
                        rejected.field() + " " + rejected.arguments() + " breaks " + rejected.code()));
                continue;
            }
            String certificate = hours.source() == null ? null : hours.source().certificateNumber();
            if (certificate != null) {
                Integer first = certificates.putIfAbsent(certificate, candidate.line());
                if (first != null) {
                    problems.add(new RowProblem(candidate.line(), "hours.duplicate-certificate",
                            "certificate number " + certificate + " is also on row " + first));
                    continue;
                }
                if (ledger.certificateInUse(certificate)) {
                    problems.add(new RowProblem(candidate.line(), "hours.duplicate-certificate",
                            "certificate number " + certificate + " is already recorded"));
                    continue;
                }
            }
            accepted.add(Map.entry(candidate.line(), hours));
        }
        if (!problems.isEmpty()) {
            List<FieldProblem> errors = problems.stream()
                    .sorted((a, b) -> Integer.compare(a.line(), b.line()))
                    .map(problem -> new FieldProblem("rows[" + problem.line() + "]", problem.code(),
                            problem.message()))
                    .toList();
            throw Problems.badRequest("import.rows-rejected",
                    problems.stream().map(RowProblem::line).distinct().count()).withErrors(errors);
        }
        String recorder = user.username() != null ? user.username() : user.subject();
        List<ImportReport.Line> lines = new ArrayList<>();
        for (Map.Entry<Integer, NewHours> row : accepted) {
            NewHours hours = row.getValue();
            HourEntry entry = new HourEntry(UUID.randomUUID(), HourEntry.RECORD, hours.person(), hours.region(),
                    hours.unit(), hours.year(), hours.category(), hours.hours(), hours.source(), null, null,
                    recorder, clock.instant(), null);
            ledger.insert(entry);
            outbox.append(HoursEvents.TOPIC, "HoursRecorded", 1, entry.person(), user.subject(),
                    HoursEvents.HoursRecorded.of(entry));
            lines.add(new ImportReport.Line(row.getKey(), entry.id(), entry.person(), entry.year(),
                    entry.category().name(), entry.hours()));
        }
        jdbc.sql("""
                INSERT INTO hour_import (delivery_key, format, rows, imported_by, imported_at)
                VALUES (:key, :format, :rows, :by, :at)
                """).param("key", key).param("format", format).param("rows", lines.size()).param("by", recorder)
                .param("at", Timestamp.from(clock.instant())).update();
        return new ImportReport(format, false, lines.size(), lines);
    }

    /** The answer to a delivery already taken in; serialised per key so two concurrent copies cannot both pass. */
    private Optional<ImportReport> earlier(String key, String format) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", key).query().singleRow();
        return jdbc.sql("SELECT rows FROM hour_import WHERE delivery_key = :key").param("key", key)
                .query(Integer.class).optional()
                .map(rows -> new ImportReport(format, true, 0, List.of()));
    }

    /** Employer for its own unit in a region it belongs to; HR bureau for a region it covers; platform for all. */
    private static void requireImporter(ZhichengPrincipal user, String region, String unit) {
        if (user == null || !user.hasAnyRole(Roles.EMPLOYER, Roles.HR_BUREAU, Roles.PLATFORM)) {
            throw Problems.forbidden("hours.role-required",
                    String.join(", ", Roles.EMPLOYER, Roles.HR_BUREAU, Roles.PLATFORM));
        }
        if (user.hasRole(Roles.PLATFORM)) {
            return;
        }
        if (user.hasRole(Roles.HR_BUREAU)) {
            if (!user.coversRegion(region)) {
                throw Problems.forbidden("hours.out-of-scope", region);
            }
            return;
        }
        if (user.unit() == null || !user.unit().equals(unit)) {
            throw Problems.forbidden("hours.other-unit", unit);
        }
        if (!user.coversRegion(region)) {
            throw Problems.forbidden("hours.out-of-scope", region);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

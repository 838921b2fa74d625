package org.zhicheng.education.hours;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    private final HoursService hours;
    private final HoursAccess access;
    private final HourLedger ledger;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, ExportAdapter> adapters = new HashMap<>();

    IntakeService(HoursService hours, HoursAccess access, HourLedger ledger, JdbcClient jdbc, Clock clock) {
        this.hours = hours;
        this.access = access;
        this.ledger = ledger;
        this.jdbc = jdbc;
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
        access.requireCorrector(user, region, unit);
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
        List<RowProblem> problems = new ArrayList<>(readProblems);
        Map<Integer, NewHours> accepted = new LinkedHashMap<>();
        Map<String, Integer> certificates = new HashMap<>();
        for (Candidate candidate : candidates) {
            NewHours checked;
            try {
                checked = hours.check(candidate.input());
            } catch (HoursRejected rejected) {
                problems.add(new RowProblem(candidate.line(), rejected.code(),
                        rejected.field() + " " + rejected.arguments() + " breaks " + rejected.code()));
                continue;
            }
            String certificate = certificateOf(checked);
            if (certificate != null) {
                Integer first = certificates.putIfAbsent(certificate, candidate.line());
                if (first != null) {
                    problems.add(new RowProblem(candidate.line(), "hours.duplicate-certificate",
                            "certificate number " + certificate + " is also on row " + first));
                    continue;
                }
            }
            accepted.put(candidate.line(), checked);
        }
        Set<String> inUse = ledger.certificatesInUse(certificates.keySet());
        accepted.entrySet().removeIf(row -> {
            String certificate = certificateOf(row.getValue());
            if (certificate == null || !inUse.contains(certificate)) {
                return false;
            }
            problems.add(new RowProblem(row.getKey(), "hours.duplicate-certificate",
                    "certificate number " + certificate + " is already recorded"));
            return true;
        });
        if (!problems.isEmpty()) {
            List<FieldProblem> errors = problems.stream()
                    .sorted((a, b) -> Integer.compare(a.line(), b.line()))
                    .map(problem -> new FieldProblem("rows[" + problem.line() + "]", problem.code(),
                            problem.message()))
                    .toList();
            throw Problems.badRequest("import.rows-rejected",
                    problems.stream().map(RowProblem::line).distinct().count()).withErrors(errors);
        }
        List<ImportReport.Line> lines = new ArrayList<>();
        for (Map.Entry<Integer, NewHours> row : accepted.entrySet()) {
            HourEntry entry = hours.append(user, row.getValue());
            lines.add(new ImportReport.Line(row.getKey(), entry.id(), entry.person(), entry.year(),
                    entry.category().name(), entry.hours()));
        }
        jdbc.sql("""
                INSERT INTO hour_import (delivery_key, format, rows, imported_by, imported_at)
                VALUES (:key, :format, :rows, :by, :at)
                """).param("key", key).param("format", format).param("rows", lines.size())
                .param("by", HoursService.recorder(user)).param("at", Timestamp.from(clock.instant())).update();
        return new ImportReport(format, false, lines.size(), lines);
    }

    private static String certificateOf(NewHours hours) {
        return hours.source() == null ? null : hours.source().certificateNumber();
    }

    /** The answer to a delivery already taken in; serialised per key so two concurrent copies cannot both pass. */
    private Optional<ImportReport> earlier(String key, String format) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", key).query().singleRow();
        return jdbc.sql("SELECT rows FROM hour_import WHERE delivery_key = :key").param("key", key)
                .query(Integer.class).optional()
                .map(rows -> new ImportReport(format, true, 0, List.of()));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

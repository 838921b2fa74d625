package org.zhicheng.plan.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.plan.plan.domain.PlanCategory;
import org.zhicheng.plan.plan.domain.PlanItemInput;
import org.zhicheng.plan.plan.domain.schedule.InvalidTimeExpression;
import org.zhicheng.plan.plan.domain.schedule.TimeExpression;
import org.zhicheng.starter.problem.FieldProblem;
import org.zhicheng.starter.problem.ProblemException;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

import tools.jackson.databind.json.JsonMapper;

/**
 * The import use case. Starting reads the file and finds the table at once (a file that is no plan table is refused
 * with its problem, no job); the rows are then matched and the draft created on a virtual thread, whose job the caller
 * polls. Nothing is half-imported: one rejected row, or a refusal by the plan domain, and no plan exists; the draft
 * and the job's success are written in one transaction.
 */
@Service
public class PlanImports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PlanImports.class);
    private static final int PROGRESS_EVERY = 25;
    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)]");

    private final ImportJobRepository jobs;
    private final ImportCatalog catalog;
    private final PlanDrafts drafts;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    PlanImports(ImportJobRepository jobs, ImportCatalog catalog, PlanDrafts drafts, TransactionTemplate transaction,
            JsonMapper json, Clock clock) {
        this.jobs = jobs;
        this.catalog = catalog;
        this.drafts = drafts;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    ImportJob start(StartImport command, ZhichengPrincipal user) {
        drafts.requireDrafter(user, command.region());
        List<SourceTable> tables = TableLocator.tables(TableReader.read(command.content(), command.fileName()));
        if (command.table() < 1 || command.table() > tables.size()) {
            throw ImportProblems.noTable(command.table(), tables.size());
        }
        SourceTable table = tables.get(command.table() - 1);
        PlanTableParser.columns(table);
        ImportJob job = new ImportJob(UUID.randomUUID(), user.subject(), user.username(), command.region(),
                command.year(), command.category().name(), command.title(), command.fileName(), ImportStatus.QUEUED,
                0, 0, null, null, null, clock.instant(), clock.instant());
        jobs.insert(job);
        executor.submit(() -> run(job.id(), command, table, tables.size(), user));
        return job;
    }

    /** The job if the caller may see it: its owner, or an HR bureau covering its region; else 404. */
    ImportJob find(UUID id, ZhichengPrincipal user) {
        return jobs.find(id)
                .filter(job -> job.ownerSubject().equals(user.subject())
                        || (user.hasRole(Roles.HR_BUREAU) && user.coversRegion(job.region())))
                .orElseThrow(() -> Problems.notFound("plan-import", id));
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        int failed = jobs.failInterrupted(clock.instant());
        if (failed > 0) {
            log.warn("{} plan import jobs were interrupted by a restart and are marked failed", failed);
        }
    }

    @Override
    public void destroy() {
        executor.close();
    }

    private void run(UUID id, StartImport command, SourceTable table, int tableCount, ZhichengPrincipal user) {
        try {
            execute(id, command, table, tableCount, user);
        } catch (RuntimeException unexpected) {
            log.error("plan import {} failed", id, unexpected);
            jobs.finish(id, ImportStatus.FAILED, 0, null, "import.failed", null, clock.instant());
        }
    }

    private void execute(UUID id, StartImport command, SourceTable table, int tableCount, ZhichengPrincipal user) {
        List<ParsedRow> parsed = PlanTableParser.parse(table,
                command.category() != PlanCategory.INITIAL_CERTIFICATION);
        jobs.running(id, parsed.size(), clock.instant());
        CatalogMatcher matcher = new CatalogMatcher(catalog.snapshot());
        List<RowReport> reports = new ArrayList<>();
        List<ImportedItem> items = new ArrayList<>();
        for (ParsedRow row : parsed) {
            List<String> problems = new ArrayList<>(row.problems());
            List<String> notes = new ArrayList<>();
            ImportedItem item = matcher.match(row, problems, notes);
            problems.addAll(timeProblems(item, command.year()));
            items.add(item);
            reports.add(report(row, item, notes, problems));
            if (reports.size() % PROGRESS_EVERY == 0) {
                jobs.progress(id, reports.size(), clock.instant());
            }
        }
        long rejected = reports.stream().filter(report -> !report.accepted()).count();
        if (rejected > 0) {
            fail(id, reports, command.table(), tableCount, "import.rows-rejected");
            return;
        }
        ImportedPlan plan = new ImportedPlan(command.year(), command.region(), command.category(), command.title(),
                command.applicationDeadline(), items);
        try {
            transaction.executeWithoutResult(status -> {
                UUID planId = drafts.createDraft(plan, user);
                jobs.finish(id, ImportStatus.SUCCEEDED, reports.size(), write(new ImportReport("DRAFT_CREATED", null,
                        command.table(), tableCount, reports.size(), 0, reports)), null, planId, clock.instant());
            });
        } catch (ProblemException refused) {
            fail(id, onRefusedRow(reports, refused), command.table(), tableCount, refused.code());
        }
    }

    /**
     * The row's time texts read as the domain will read them, so that every unreadable time is reported on its own
     * row ("13 月"), not only the first one the domain would refuse. 001's 启动时间 needs a 完成时间 beside it.
     */
    static List<String> timeProblems(ImportedItem item, int year) {
        List<String> problems = new ArrayList<>();
        readable(Column.EVALUATION_TIME, item.expectedEvaluationTime(), year, problems);
        readable(Column.MATERIAL_DEADLINE, item.materialDeadline(), year, problems);
        readable(Column.START_TIME, item.startTime(), year, problems);
        readable(Column.COMPLETION_TIME, item.completionTime(), year, problems);
        if (item.startTime() != null && item.completionTime() == null) {
            problems.add("import.start-without-completion: " + item.startTime());
        }
        return problems;
    }

    private static void readable(Column column, String text, int year, List<String> problems) {
        try {
            TimeExpression.parseOptional(text, year);
        } catch (InvalidTimeExpression refused) {
            problems.add(PlanItemInput.INVALID_TIME + " (" + column.name() + "): \"" + refused.text() + "\" "
                    + refused.reason());
        }
    }

    /**
     * Puts the domain's refusal on the source row of the item it names: a field problem {@code items[i].…} (from 0,
     * e.g. a time the domain cannot read) or a rule whose first argument is the item's number (from 1, as
     * {@code EvaluationWithinPlanYear} gives it). A refusal naming no item stays on the plan.
     */
    private static List<RowReport> onRefusedRow(List<RowReport> reports, ProblemException refused) {
        int index = refusedItem(refused);
        if (index < 0 || index >= reports.size()) {
            return reports;
        }
        List<RowReport> marked = new ArrayList<>(reports);
        RowReport row = marked.get(index);
        List<String> problems = new ArrayList<>(row.problems());
        problems.add(refused.code() + (refused.rule() == null ? "" : " (" + refused.rule() + ")") + ": "
                + Arrays.toString(refused.args()));
        marked.set(index, new RowReport(row.row(), false, row.cells(), row.inherited(), row.unit(), row.phones(),
                row.evaluatedTitles(), row.recommendedTitles(), row.specialties(), row.notes(), problems));
        return marked;
    }

    /** The refused item's index (from 0), or -1. */
    static int refusedItem(ProblemException refused) {
        for (FieldProblem error : refused.errors()) {
            Matcher item = ITEM_FIELD.matcher(error.field() == null ? "" : error.field());
            if (item.lookingAt()) {
                return Integer.parseInt(item.group(1));
            }
        }
        Object[] args = refused.args();
        return args.length > 0 && args[0] instanceof Integer number ? number - 1 : -1;
    }

    private void fail(UUID id, List<RowReport> reports, int table, int tableCount, String code) {
        int rejected = (int) reports.stream().filter(report -> !report.accepted()).count();
        jobs.finish(id, ImportStatus.FAILED, reports.size(), write(new ImportReport("NOTHING_IMPORTED", code, table,
                tableCount, reports.size() - rejected, rejected, reports)), code, null, clock.instant());
    }

    private static RowReport report(ParsedRow row, ImportedItem item, List<String> notes, List<String> problems) {
        return new RowReport(row.row(), problems.isEmpty(), row.cells(), row.inherited().stream().sorted().toList(),
                row.contact().unit(), row.contact().phones(), item.evaluatedTitles(), item.recommendedTitles(),
                item.specialties(), notes, problems);
    }

    private String write(ImportReport report) {
        return json.writeValueAsString(report);
    }
}

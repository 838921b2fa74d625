package org.zhicheng.plan.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import org.zhicheng.plan.plan.domain.CatalogCodes;
import org.zhicheng.plan.plan.domain.EvaluationPlan;
import org.zhicheng.plan.plan.domain.PlanItem;

/**
 * A plan as an XLSX in the layout of 000 附件1: the plan's title, the nine-column header, one row per item with titles
 * and specialties by their catalog names ("工程师评审，高级工程师推荐"), so the importer reads it back. Entries deactivated
 * since the plan named them keep their names: an old plan prints as it was published.
 */
@Component
public class PlanExporter {

    static final List<Column> LAYOUT = List.of(Column.SEQUENCE, Column.COMMITTEE, Column.TITLES, Column.SPECIALTIES,
            Column.SCOPE, Column.EVALUATION_TIME, Column.MATERIAL_DEADLINE, Column.CONTACT, Column.REMARKS);

    private final CatalogCodes catalog;

    PlanExporter(CatalogCodes catalog) {
        this.catalog = catalog;
    }

    public byte[] export(EvaluationPlan plan) {
        Map<String, String> titleNames = catalog.titleNames(plan.titleCodes());
        Map<String, String> specialtyNames = catalog.specialtyNames(plan.items().stream()
                .flatMap(item -> item.specialties().stream()).collect(Collectors.toSet()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Zhicheng", "1.0");
            Worksheet sheet = workbook.newWorksheet(plan.year() + " " + plan.category().name());
            sheet.value(0, 0, plan.title());
            for (int c = 0; c < LAYOUT.size(); c++) {
                sheet.value(1, c, LAYOUT.get(c).exportHeader());
                sheet.style(1, c).bold().set();
            }
            int r = 2;
            for (PlanItem item : plan.items()) {
                write(sheet, r, 0, String.valueOf(r - 1));
                write(sheet, r, 1, item.committeeName());
                write(sheet, r, 2, titles(item, code -> titleNames.getOrDefault(code, code)));
                write(sheet, r, 3, item.specialties().stream().map(c -> specialtyNames.getOrDefault(c, c))
                        .collect(Collectors.joining("、")));
                write(sheet, r, 4, item.acceptanceScope());
                write(sheet, r, 5, item.expectedEvaluationTime());
                write(sheet, r, 6, item.materialDeadline());
                write(sheet, r, 7, contact(item));
                write(sheet, r, 8, item.remarks());
                r++;
            }
            sheet.width(1, 50);
            sheet.width(2, 40);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The notices' form: "工程师评审，高级工程师推荐", or just the names when nothing is only recommended. */
    static String titles(PlanItem item, Function<String, String> name) {
        String evaluated = item.evaluatedTitles().stream().map(name).collect(Collectors.joining("、"));
        String recommended = item.recommendedTitles().stream().map(name).collect(Collectors.joining("、"));
        if (recommended.isEmpty()) {
            return evaluated;
        }
        return evaluated.isEmpty() ? recommended + "推荐" : evaluated + "评审，" + recommended + "推荐";
    }

    private static String contact(PlanItem item) {
        String unit = item.receivingUnit() == null ? "" : item.receivingUnit();
        String phone = item.phone() == null ? "" : item.phone();
        return (unit + " " + phone).strip();
    }

    private static void write(Worksheet sheet, int row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.value(row, column, value);
        }
    }
}

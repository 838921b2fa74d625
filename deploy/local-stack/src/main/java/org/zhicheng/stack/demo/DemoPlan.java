package org.zhicheng.stack.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code deploy/demo-data/manifest.tsv}: a plan of a seed notice, who drafts it and who approves it.
 *
 * @param file     a notice's text (its table {@code table} is imported) or a JSON body of {@code POST /plans}
 * @param table    which plan table of the notice, from 1; null for a JSON plan
 * @param importer drafts and submits (committee office or HR bureau of the region)
 * @param approver approves and publishes (HR bureau covering the region)
 */
public record DemoPlan(String file, Integer table, int year, String region, String category, String title,
                       String importer, String approver) {

    public static final String MANIFEST = "manifest.tsv";

    public boolean imported() {
        return table != null;
    }

    /** A short name for summaries: {@code 000-shangyu-2024.txt#1}. */
    public String label() {
        return imported() ? file + "#" + table : file;
    }

    /** The manifest's lines, in order; {@code #} lines and the header are skipped. */
    public static List<DemoPlan> read(Path directory) {
        List<DemoPlan> plans = new ArrayList<>();
        for (String[] cells : Tsv.rows(directory.resolve(MANIFEST), 8)) {
            if (cells[0].equals("file")) {
                continue; // the header line
            }
            Integer table = cells[1].equals("-") ? null : Integer.valueOf(cells[1]);
            plans.add(new DemoPlan(cells[0], table, Integer.parseInt(cells[2]), cells[3], cells[4], cells[5],
                    cells[6], cells[7]));
        }
        return plans;
    }
}

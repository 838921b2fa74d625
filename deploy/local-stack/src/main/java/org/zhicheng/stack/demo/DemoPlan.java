package org.zhicheng.stack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        List<String> lines;
        try {
            lines = Files.readAllLines(directory.resolve(MANIFEST), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory.resolve(MANIFEST), e);
        }
        List<DemoPlan> plans = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 8) {
                throw new IllegalArgumentException(MANIFEST + " line " + (i + 1) + ": 8 tab-separated cells expected, "
                        + cells.length + " found");
            }
            Integer table = cells[1].equals("-") ? null : Integer.valueOf(cells[1]);
            plans.add(new DemoPlan(cells[0], table, Integer.parseInt(cells[2]), cells[3], cells[4], cells[5],
                    cells[6], cells[7]));
        }
        return plans;
    }
}

package org.zhicheng.plan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The seed notices (as copied text) and the expected reading of their tables, from the test resources. */
final class Seeds {

    private Seeds() {
    }

    static byte[] bytes(String seed) {
        return resource("/importing/seeds/" + seed + ".txt");
    }

    static List<SourceTable> tables(String seed) {
        return TableLocator.tables(TableReader.read(bytes(seed), seed + ".txt"));
    }

    /** The rows of the {@code table}-th table (from 1) of a seed. */
    static List<ParsedRow> rows(String seed, int table) {
        return PlanTableParser.parse(tables(seed).get(table - 1));
    }

    static ParsedRow row(List<ParsedRow> rows, int number) {
        return rows.stream().filter(row -> row.row() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + number));
    }

    static String expected(String seed, int table) {
        return new String(resource("/importing/expected/" + seed + "-" + table + ".tsv"), StandardCharsets.UTF_8);
    }

    static byte[] resource(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

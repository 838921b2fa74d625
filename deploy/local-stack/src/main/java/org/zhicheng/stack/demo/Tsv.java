package org.zhicheng.stack.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo data's tab-separated files: {@code #} starts a comment line, blank lines are skipped. */
final class Tsv {

    private Tsv() {
    }

    /** The rows of {@code file}, each with exactly {@code fields} fields, or a message naming the line. */
    static List<String[]> rows(Path file, int fields) {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String raw = text.get(i);
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] f = raw.split("\t", -1);
            if (f.length != fields) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + fields
                        + " tab-separated fields expected, found " + f.length);
            }
            rows.add(f);
        }
        return rows;
    }
}

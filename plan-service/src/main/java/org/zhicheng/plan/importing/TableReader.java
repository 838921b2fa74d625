package org.zhicheng.plan.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads an upload into rows: XLSX (first sheet), CSV (RFC 4180: quoted cells with commas, quotes and line breaks) or
 * tab-separated text copied from a notice. Text is UTF-8 (with or without BOM) or, failing that, GB18030 (which
 * covers GBK, what Chinese Excel writes); UTF-16 is refused, and bytes that are neither are binary junk.
 */
public final class TableReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TableReader() {
    }

    /** The format of an upload, from its first bytes and name. */
    public enum Format { XLSX, CSV, TEXT }

    public static List<SourceRow> read(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            return xlsx(bytes, fileName);
        }
        if (ReadableWorkbook.isOLE2Header(bytes)) {
            throw ImportProblems.unsupportedFormat(fileName);
        }
        String text = decode(bytes, fileName);
        boolean csv = name.endsWith(".csv") || (!name.endsWith(".txt") && !name.endsWith(".tsv")
                && text.indexOf('\t') < 0);
        return csv ? csv(text) : tabSeparated(text);
    }

    static String decode(byte[] bytes, String fileName) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw ImportProblems.encoding(fileName, "UTF-16");
        }
        if (containsZero(bytes)) {
            // text files hold no NUL: either UTF-16 without a byte order mark or binary
            if (isText(strict(StandardCharsets.UTF_16LE, ByteBuffer.wrap(bytes)))
                    || isText(strict(StandardCharsets.UTF_16BE, ByteBuffer.wrap(bytes)))) {
                throw ImportProblems.encoding(fileName, "UTF-16");
            }
            throw ImportProblems.unreadable(fileName);
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        String text = strict(StandardCharsets.UTF_8, content.duplicate());
        if (text == null) {
            text = strict(GB18030, content.duplicate());
        }
        if (text == null) {
            throw ImportProblems.unreadable(fileName);
        }
        if (!isText(text)) {
            throw ImportProblems.unreadable(fileName);
        }
        return text;
    }

    private static boolean containsZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** Decoded, and free of control characters other than tabs, line breaks and form feeds. */
    private static boolean isText(String text) {
        return text != null
                && text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
    }

    private static String strict(Charset charset, ByteBuffer bytes) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notThisCharset) {
            return null;
        }
    }

    static List<SourceRow> tabSeparated(String text) {
        List<SourceRow> rows = new ArrayList<>();
        String[] lines = text.split("\\r?\\n|\\r", -1);
        for (int i = 0; i < lines.length; i++) {
            rows.add(new SourceRow(i + 1, List.of(lines[i].split("\t", -1))));
        }
        return rows;
    }

    static List<SourceRow> csv(String text) {
        List<SourceRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                rows.add(new SourceRow(recordStart, cells));
                cells = new ArrayList<>();
                cell.setLength(0);
                any = false;
                line++;
                recordStart = line;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            rows.add(new SourceRow(recordStart, cells));
        }
        return rows;
    }

    private static List<SourceRow> xlsx(byte[] bytes, String fileName) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getFirstSheet();
            List<SourceRow> rows = new ArrayList<>();
            try (var stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(row.getCellText(i));
                    }
                    rows.add(new SourceRow(row.getRowNum(), cells));
                }
            }
            return rows;
        } catch (IOException | RuntimeException broken) {
            throw ImportProblems.unreadable(fileName);
        }
    }
}

package org.zhicheng.application.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.zhicheng.starter.problem.RuleRefused;

/**
 * 严禁上传涉密材料 (000 二(二), 001 一): a PDF or OFD whose text carries a classification mark is refused. The marks are
 * those of 《国家秘密标志》 (GB/T 7156 usage): the level 绝密, 机密 or 秘密 with the star, before or after it
 * ({@code 秘密★}, {@code 机密★1年}, {@code ★绝密}), also with spaces or a hollow star, and the long form
 * {@code 绝密级}/{@code 机密级}/{@code 秘密级} followed by 国家秘密 notes. Images cannot be read and pass on the pledge.
 * The text read is bounded (pages, bytes) so a hostile file cannot make the check run long.
 */
public final class ClassificationMarks {

    public static final String RULE = "000-二(二)";
    public static final String CODE = "evidence.classified";

    private static final Pattern MARK = Pattern.compile(
            "(绝密|机密|秘密)\\s*[★☆✩✭*]|[★☆✩✭]\\s*(绝密|机密|秘密)|(绝密|机密|秘密)级");
    private static final int MAX_PAGES = 200;
    private static final long MAX_OFD_TEXT_BYTES = 20L * 1024 * 1024;
    private static final int MAX_OFD_ENTRIES = 5000;

    /**
     * @throws RuleRefused {@code evidence.classified} ({@value #RULE}); arguments: file name, the mark found
     */
    public void check(String fileName, EvidenceType type, byte[] content) {
        Optional<String> mark = switch (type) {
            case PDF -> find(pdfText(content));
            case OFD -> find(ofdText(content));
            case JPEG, PNG -> Optional.empty();
        };
        if (mark.isPresent()) {
            throw new RuleRefused(CODE, RULE, fileName, mark.get());
        }
    }

    static Optional<String> find(String text) {
        Matcher matcher = MARK.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    private static String pdfText(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(document.getNumberOfPages(), MAX_PAGES));
            return stripper.getText(document);
        } catch (IOException unreadable) {
            throw new RuleRefused("evidence.unreadable", RULE, "PDF");
        }
    }

    /** The text nodes of the OFD's XML parts, markup removed, bounded in entries and bytes (zip bombs). */
    private static String ofdText(byte[] content) {
        StringBuilder text = new StringBuilder();
        long read = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            byte[] buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_OFD_ENTRIES) {
                    throw new RuleRefused("evidence.unreadable", RULE, "OFD");
                }
                if (!entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
                    continue;
                }
                ByteArrayOutputStream xml = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    read += n;
                    if (read > MAX_OFD_TEXT_BYTES) {
                        throw new RuleRefused("evidence.unreadable", RULE, "OFD");
                    }
                    xml.write(buffer, 0, n);
                }
                text.append(xml.toString(StandardCharsets.UTF_8).replaceAll("<[^>]*>", "")).append('\n');
            }
        } catch (IOException unreadable) {
            throw new RuleRefused("evidence.unreadable", RULE, "OFD");
        }
        return text.toString();
    }
}

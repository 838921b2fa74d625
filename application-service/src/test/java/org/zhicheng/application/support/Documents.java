package org.zhicheng.application.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.zhicheng.fonts.ChineseFont;

/** Evidence files as applicants upload them: a one-page PDF with Chinese text, an OFD (GB/T 33190) with one page. */
public final class Documents {

    private Documents() {
    }

    /** A PDF whose only page shows {@code text} in the embedded Chinese font (its text reads back). */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(ChineseFont.load(document), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OFD package: {@code OFD.xml} naming one document whose one page carries {@code text} as a TextCode. */
    public static byte[] ofd(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "OFD.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD">
                      <ofd:DocBody><ofd:DocInfo><ofd:DocID>zhicheng-test</ofd:DocID></ofd:DocInfo>
                        <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>
                    </ofd:OFD>""");
            entry(zip, "Doc_0/Document.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">
                      <ofd:CommonData><ofd:MaxUnitID>3</ofd:MaxUnitID></ofd:CommonData>
                      <ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages>
                    </ofd:Document>""");
            entry(zip, "Doc_0/Pages/Page_0/Content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="2">
                      <ofd:TextObject ID="3" Boundary="10 10 180 10" Font="1" Size="4">
                        <ofd:TextCode X="0" Y="4">%s</ofd:TextCode></ofd:TextObject>
                    </ofd:Layer></ofd:Content></ofd:Page>""".formatted(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

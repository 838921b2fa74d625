package org.zhicheng.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ChineseFontTest {

    @Test
    void writesChineseTextThatReadsBackAndEmbedsOnlyASubset() throws IOException {
        String text = "专业技术职务任职资格评审表 秘密★ 2026";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFont font = ChineseFont.load(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
        }

        try (PDDocument read = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(read)).contains(text);
            PDFont embedded = read.getPage(0).getResources().getFont(
                    read.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(embedded.isEmbedded()).isTrue();
            assertThat(embedded.getName()).endsWith("+" + ChineseFont.FACE);
        }
        assertThat(out.size()).as("a subset, not the 5 MB collection").isLessThan(200_000);
    }

    @Test
    void shipsTheLicenceNoticeBesideTheFont() {
        assertThat(ChineseFont.class.getResource("/org/zhicheng/fonts/wqy-microhei.NOTICE")).isNotNull();
        assertThat(ChineseFont.bytes()).hasSizeGreaterThan(5_000_000);
    }
}

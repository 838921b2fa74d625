package org.zhicheng.fonts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * WenQuanYi Micro Hei, the Chinese font the PDF documents embed (a subset of the glyphs they use). The font is
 * shipped in this jar (built from Debian's fonts-wqy-microhei, see {@code src/build/fetch-font.sh}); it is read once
 * and kept in memory (about 5 MB).
 */
public final class ChineseFont {

    /** The PostScript name of the proportional face in the collection (the other one is the monospaced face). */
    public static final String FACE = "WenQuanYiMicroHei";

    private static final String RESOURCE = "/org/zhicheng/fonts/wqy-microhei.ttc";

    private static volatile byte[] collection;

    private ChineseFont() {
    }

    /**
     * The font for one document, embedded as a subset when the document is saved. The font stays open with the
     * document; it needs no closing of its own.
     */
    public static PDType0Font load(PDDocument document) {
        try {
            TrueTypeCollection fonts = new TrueTypeCollection(new ByteArrayInputStream(bytes()));
            TrueTypeFont face = fonts.getFontByName(FACE);
            if (face == null) {
                throw new IllegalStateException(RESOURCE + " holds no face named " + FACE);
            }
            return PDType0Font.load(document, face, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The font collection's bytes, as shipped. */
    public static byte[] bytes() {
        byte[] loaded = collection;
        if (loaded == null) {
            synchronized (ChineseFont.class) {
                loaded = collection;
                if (loaded == null) {
                    try (InputStream in = ChineseFont.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is missing from the classpath: build the"
                                    + " fonts module (deploy/fonts), which takes it from Debian's fonts-wqy-microhei");
                        }
                        loaded = in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                    collection = loaded;
                }
            }
        }
        return loaded;
    }
}

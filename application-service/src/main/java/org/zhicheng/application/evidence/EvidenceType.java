package org.zhicheng.application.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The file types evidence may be, each told by its first bytes (an OFD by its zip's {@code OFD.xml} entry). */
public enum EvidenceType {

    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    /** GB/T 33190 版式文档 (a zip holding {@code OFD.xml}). */
    OFD("application/ofd");

    // an OFD names OFD.xml among its first entries; more entries than this before it is not an OFD
    private static final int OFD_ENTRIES_SEARCHED = 20;

    private final String mediaType;

    EvidenceType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type the content is, or null when it is none of them (an executable renamed .pdf, say). */
    public static EvidenceType of(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return PDF;
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04) && hasOfdRoot(content)) {
            return OFD;
        }
        return null;
    }

    private static boolean hasOfdRoot(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; i < OFD_ENTRIES_SEARCHED && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().equalsIgnoreCase("OFD.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}

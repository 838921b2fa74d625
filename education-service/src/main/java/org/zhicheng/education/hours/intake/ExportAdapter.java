package org.zhicheng.education.hours.intake;

import java.io.InputStream;

/** Reads one source system's export layout. */
public interface ExportAdapter {

    /** The value of the import's {@code format} that selects this adapter. */
    String format();

    /** The rows of the file; {@link MalformedFile} when the file is not in this layout at all. */
    ParsedFile read(InputStream file);
}

package org.zhicheng.education.hours.intake;

/** The file as a whole cannot be read in the claimed layout (not a workbook, missing columns, empty). */
public class MalformedFile extends RuntimeException {

    public MalformedFile(String message) {
        super(message);
    }

    public MalformedFile(String message, Throwable cause) {
        super(message, cause);
    }
}

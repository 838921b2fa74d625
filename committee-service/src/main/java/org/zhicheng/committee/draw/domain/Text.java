package org.zhicheng.committee.draw.domain;

/** Small checks shared by the draw's input records. */
final class Text {

    private Text() {
    }

    /** The stripped value; refuses null, blank and line-breaking characters (the commitment text is line based). */
    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return singleLine(value.strip(), name);
    }

    /** The stripped value, or null for null or blank. */
    static String optional(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return singleLine(value.strip(), name);
    }

    /** A free-text note (a decline's reason, a consent reference): stripped, null for null or blank; never hashed. */
    static String note(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String singleLine(String value, String name) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(name + " must not contain control characters");
            }
        }
        return value;
    }
}

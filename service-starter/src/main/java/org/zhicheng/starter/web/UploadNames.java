package org.zhicheng.starter.web;

/**
 * The name an uploaded file is stored and shown under: its own name without any path (a client may send
 * {@code ../../etc/passwd} or {@code C:\dir\file}), without control characters, at most 255 characters (the end kept,
 * so the extension stays), or {@code fallback} when nothing is left.
 */
public final class UploadNames {

    private static final int MAX = 255;

    private UploadNames() {
    }

    public static String of(String original, String fallback) {
        if (original == null || original.isBlank()) {
            return fallback;
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return name.length() <= MAX ? name : name.substring(name.length() - MAX);
    }
}

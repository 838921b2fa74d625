package org.zhicheng.starter.web;

import org.zhicheng.starter.problem.Problems;

/**
 * Optimistic locking over HTTP: a resource's {@code ETag} is its version, and an update's {@code If-Match} must name
 * the current version or the update is refused with 412 {@code etag.stale}.
 */
public final class ETags {

    private ETags() {
    }

    /** The strong ETag of a version, e.g. {@code "7"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Refuses a stale {@code If-Match}. A missing header passes (the update then relies on the version check of the
     * database); {@code *} passes; a list passes when one of its tags is current.
     */
    public static void check(String ifMatchHeader, long currentVersion) {
        if (ifMatchHeader == null || ifMatchHeader.isBlank()) {
            return;
        }
        String current = of(currentVersion);
        for (String tag : ifMatchHeader.split(",")) {
            String candidate = tag.strip();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(current)) {
                return;
            }
        }
        throw Problems.preconditionFailed("etag.stale", ifMatchHeader.strip(), current);
    }
}

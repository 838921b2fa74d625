package org.zhicheng.application.archive;

import java.time.Instant;

import org.zhicheng.application.archive.domain.ArchiveContent;

/** One stored version of a person's archive; version 0 is the empty archive nobody has written yet. */
public record ArchiveVersion(String person, int version, ArchiveContent content, String createdBy,
        Instant createdAt) {
}

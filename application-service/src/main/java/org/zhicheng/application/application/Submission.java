package org.zhicheng.application.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.eligibility.Finding;

/**
 * One submission as it was made: the archive version and its content (the snapshot later edits of the archive never
 * change), the pledge as pledged, and what the rules found.
 */
public record Submission(UUID applicationId, int submission, int archiveVersion, ArchiveContent snapshot,
        String pledge, List<Finding> findings, String submittedBy, Instant submittedAt) {
}

package org.zhicheng.application.evidence;

import java.time.Instant;
import java.util.UUID;

/** A person's evidence file: their name for it, its checked type, size and SHA-256, and the pledge given with it. */
public record EvidenceFile(UUID id, String person, String sha256, String fileName, String mediaType, long size,
        String pledge, String uploadedBy, Instant uploadedAt) {
}

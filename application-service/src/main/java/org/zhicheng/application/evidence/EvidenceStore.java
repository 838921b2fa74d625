package org.zhicheng.application.evidence;

import java.util.Optional;

/**
 * Where evidence contents live, by their SHA-256: stored once however many files name them. The service's own
 * database today ({@link PostgresEvidenceStore}, ADR 8); an object store could stand behind the same port.
 */
public interface EvidenceStore {

    /** Stores the content unless it is already there; answers whether it was new. */
    boolean putIfAbsent(String sha256, String mediaType, byte[] content);

    Optional<byte[]> get(String sha256);
}

package org.zhicheng.application.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.problem.RuleRefused;
import org.zhicheng.starter.web.UploadNames;

/**
 * Uploading and reading a person's evidence files. A file is accepted only with the pledge (000 二(二)), when its
 * content is PDF, JPEG, PNG or OFD, within the size bound, and without a classification mark in its text; it is
 * stored once per content. A refused upload stores nothing.
 */
@Service
@EnableConfigurationProperties(EvidenceProperties.class)
public class Evidence {

    private final EvidenceRepository files;
    private final EvidenceStore store;
    private final EvidenceProperties properties;
    private final ClassificationMarks marks = new ClassificationMarks();
    private final Clock clock;

    Evidence(EvidenceRepository files, EvidenceStore store, EvidenceProperties properties, Clock clock) {
        this.files = files;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** The pledge an uploader gives. */
    public String pledgeText() {
        return properties.pledge();
    }

    /**
     * Stores an uploaded file of {@code person}.
     *
     * @throws RuleRefused 422 {@code evidence.pledge-missing}, {@code evidence.classified}, {@code evidence.unreadable}
     *                     (000-二(二))
     */
    @Transactional
    public EvidenceFile upload(String person, MultipartFile file, boolean pledged, String actor) {
        if (!pledged) {
            throw new RuleRefused("evidence.pledge-missing", ClassificationMarks.RULE, properties.pledge());
        }
        String name = UploadNames.of(file.getOriginalFilename(), "evidence");
        if (file.getSize() > properties.maxSize().toBytes()) {
            throw Problems.badRequest("evidence.too-large", name, file.getSize(), properties.maxSize().toBytes());
        }
        byte[] content = bytes(file);
        if (content.length == 0) {
            throw Problems.badRequest("evidence.empty", name);
        }
        EvidenceType type = EvidenceType.of(content);
        if (type == null) {
            throw Problems.badRequest("evidence.type", name);
        }
        marks.check(name, type, content);
        String sha256 = sha256(content);
        store.putIfAbsent(sha256, type.mediaType(), content);
        EvidenceFile stored = new EvidenceFile(UUID.randomUUID(), person, sha256, name, type.mediaType(),
                content.length, properties.pledge(), actor, clock.instant());
        files.insert(stored);
        return stored;
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> ofPerson(String person) {
        return files.ofPerson(person);
    }

    /** The person's file; 404 {@code evidence.not-found} for another's. */
    @Transactional(readOnly = true)
    public EvidenceFile require(String person, UUID id) {
        return files.find(id).filter(file -> file.person().equals(person))
                .orElseThrow(() -> Problems.notFound("evidence", id));
    }

    /** Any file by id, for the staff reading an application's snapshot. */
    @Transactional(readOnly = true)
    public EvidenceFile require(UUID id) {
        return files.find(id).orElseThrow(() -> Problems.notFound("evidence", id));
    }

    @Transactional(readOnly = true)
    public byte[] content(EvidenceFile file) {
        return store.get(file.sha256()).orElseThrow(() -> Problems.notFound("evidence", file.id()));
    }

    /** The ids among {@code ids} that are not the person's files. */
    @Transactional(readOnly = true)
    public Set<UUID> notOwned(String person, Collection<UUID> ids) {
        Set<UUID> missing = new HashSet<>(ids);
        missing.removeAll(files.ownedOf(person, ids));
        return missing;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the upload", ex);
        }
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

package org.zhicheng.notification.objection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.web.UploadNames;

/**
 * What an objection may carry: at most {@code maxAttachments} files of PDF, JPEG or PNG, told by their content (the
 * first bytes, not the name or the declared type), each at most {@code maxAttachmentSize}, together at most
 * {@code maxTotalSize}. Anything else is refused whole (400), before anything is stored.
 */
@Component
class AttachmentPolicy {

    private final ObjectionProperties properties;

    AttachmentPolicy(ObjectionProperties properties) {
        this.properties = properties;
    }

    /** The files as attachments; 400 {@code objection.attachment-too-many|too-large|type|empty}. */
    List<Attachment> accept(List<MultipartFile> files) {
        List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> f != null).toList();
        if (given.size() > properties.maxAttachments()) {
            throw Problems.badRequest("objection.attachment-too-many", given.size(), properties.maxAttachments());
        }
        long total = 0;
        List<Attachment> accepted = new ArrayList<>();
        for (MultipartFile file : given) {
            String name = fileName(file);
            if (file.getSize() > properties.maxAttachmentSize().toBytes()) {
                throw Problems.badRequest("objection.attachment-too-large", name, file.getSize(),
                        properties.maxAttachmentSize().toBytes());
            }
            total += file.getSize();
            if (total > properties.maxTotalSize().toBytes()) {
                throw Problems.badRequest("objection.attachments-too-large", total,
                        properties.maxTotalSize().toBytes());
            }
            byte[] content = bytes(file);
            if (content.length == 0) {
                throw Problems.badRequest("objection.attachment-empty", name);
            }
            String type = mediaType(content);
            if (type == null) {
                throw Problems.badRequest("objection.attachment-type", name);
            }
            accepted.add(new Attachment(UUID.randomUUID(), name, type, content.length, sha256(content), content));
        }
        return accepted;
    }

    /** PDF, JPEG or PNG by their signatures; null for anything else. */
    static String mediaType(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        return null;
    }

    /** The file's own name without any path, control characters or more than 255 characters. */
    static String fileName(MultipartFile file) {
        return UploadNames.of(file.getOriginalFilename(), "attachment");
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the uploaded file", ex);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

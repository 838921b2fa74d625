package org.zhicheng.notification.objection;

import java.util.UUID;

/** A file an objection carries, checked by its content ({@link AttachmentPolicy}). */
record Attachment(UUID id, String fileName, String mediaType, int size, String sha256, byte[] content) {
}

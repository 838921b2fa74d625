package org.zhicheng.notification.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A notice to one inbox: its type, the values its templates print ({@code {name}} placeholders; a value printed as
 * a label is looked up as {@code label.<Enum>.<value>}), what it links to (a publicity, a meeting, …) and what caused
 * it. {@code dedupeKey} makes it once per inbox: the same event delivered again, or a scan repeated, adds nothing.
 * {@code contactHint} is how the producer knows to reach the recipient (an expert's profile), used only while the
 * recipient has not set their own contact.
 */
public record Notice(NoticeType type, Map<String, String> values, String linkType, String linkId, UUID sourceEventId,
        String dedupeKey, ContactHint contactHint) {

    public Notice {
        Objects.requireNonNull(type, "type");
        values = Map.copyOf(values);
        if (dedupeKey == null || dedupeKey.isBlank()) {
            throw new IllegalArgumentException("a notice needs a dedupe key");
        }
    }

    /** How a producer knows to reach a person; both optional. */
    public record ContactHint(String email, String mobile) {
    }

    /** A notice of {@code type}, once per inbox for {@code dedupeKey} (e.g. the causing event and what it says). */
    public static Builder of(NoticeType type, String dedupeKey) {
        return new Builder(type, dedupeKey);
    }

    /** Collects a notice's values in the templates' order. */
    public static final class Builder {

        private final NoticeType type;
        private final String dedupeKey;
        private final Map<String, String> values = new LinkedHashMap<>();
        private String linkType;
        private String linkId;
        private UUID sourceEventId;
        private ContactHint contactHint;

        private Builder(NoticeType type, String dedupeKey) {
            this.type = type;
            this.dedupeKey = dedupeKey;
        }

        /** A value the templates print; a null value prints as an empty string. */
        public Builder with(String name, Object value) {
            values.put(name, value == null ? "" : String.valueOf(value));
            return this;
        }

        public Builder link(String type, Object id) {
            this.linkType = type;
            this.linkId = id == null ? null : String.valueOf(id);
            return this;
        }

        public Builder causedBy(UUID eventId) {
            this.sourceEventId = eventId;
            return this;
        }

        public Builder contactHint(String email, String mobile) {
            this.contactHint = email == null && mobile == null ? null : new ContactHint(email, mobile);
            return this;
        }

        public Notice build() {
            return new Notice(type, values, linkType, linkId, sourceEventId, dedupeKey, contactHint);
        }
    }
}

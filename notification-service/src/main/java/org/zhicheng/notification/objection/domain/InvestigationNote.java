package org.zhicheng.notification.objection.domain;

import java.time.Instant;
import java.util.UUID;

/** One step of the investigation: who did or found what, when. Kept for the integrity archive (000 三(四)). */
public record InvestigationNote(UUID id, String author, String text, Instant at) {
}

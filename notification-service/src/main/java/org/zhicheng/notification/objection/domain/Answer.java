package org.zhicheng.notification.objection.domain;

import java.time.Instant;

/** The answer the raiser reads: the outcome and its reasons, who gave it, when. */
public record Answer(AnswerOutcome outcome, String text, String answeredBy, Instant answeredAt) {
}

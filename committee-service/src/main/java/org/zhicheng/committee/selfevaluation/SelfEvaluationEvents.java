package org.zhicheng.committee.selfevaluation;

import java.time.LocalDate;

import org.zhicheng.committee.selfevaluation.domain.FilingKind;

/** The {@code data} of the self-evaluation events, as documented in {@code docs/events/asyncapi.yaml}; key = code. */
final class SelfEvaluationEvents {

    /** The committee service's topic; an explicit name, part of the event contract. */
    static final String TOPIC = "zhicheng.committee.events";
    /** Who raises the overdue flags, as the envelope's actor. */
    static final String SCAN_ACTOR = "self-evaluation-overdue-scan";

    private SelfEvaluationEvents() {
    }

    /** A plan, scheme or summary was still missing after its due date (001 五(三)): flagged to the HR bureau. */
    record SelfEvaluationFilingOverdue(String committee, String territory, FilingKind kind, int year,
            LocalDate dueDate, long daysOverdue) {
    }
}

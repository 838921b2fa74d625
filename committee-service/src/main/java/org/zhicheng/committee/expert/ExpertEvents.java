package org.zhicheng.committee.expert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zhicheng.committee.expert.domain.DisciplineRecord;
import org.zhicheng.committee.expert.domain.Expert;

/** The {@code data} of the expert events, as documented in {@code docs/events/asyncapi.yaml}; key = expert id. */
final class ExpertEvents {

    static final String TOPIC = "zhicheng.committee.events";

    private ExpertEvents() {
    }

    /** notification-service tells the expert's unit (通报有关单位, 000 三(一)). */
    record ExpertDisciplined(UUID recordId, String expert, String name, String unit, String region, String kind,
            String reason, List<String> committees, String disciplinedBy, Instant disciplinedAt) {

        static ExpertDisciplined of(Expert expert, DisciplineRecord record) {
            return new ExpertDisciplined(record.id(), expert.id(), expert.name(), record.unit(), record.region(),
                    record.kind().name(), record.reason(), record.committees(), record.recordedBy(),
                    record.recordedAt());
        }
    }
}

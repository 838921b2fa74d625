package org.zhicheng.committee.expert.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A discipline record (违纪处理): the expert is disqualified, every active membership ends, and the expert's unit is
 * told (通报有关单位) through the {@code ExpertDisciplined} event. {@code committees} are the codes of the pools left.
 */
public record DisciplineRecord(UUID id, String expertId, DisciplineKind kind, String reason, String unit,
        String region, List<String> committees, String recordedBy, Instant recordedAt) {

    // 000 三(一): experts who break discipline or leak information are dealt with and their units notified
    public static final String RULE = "000-三(一)";

    public DisciplineRecord {
        committees = List.copyOf(committees);
    }
}

package org.zhicheng.notification.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** This service's own reading of committee-service's events: only the fields it uses. */
final class CommitteeEventData {

    private CommitteeEventData() {
    }

    record Registered(UUID committeeId, String code, String name, String kind, String territory, String officeUnit,
            Instant registeredAt) {
    }

    record RightsChanged(UUID committeeId, String code, String name, String territory, String reason) {
    }

    record ExpertDisciplined(UUID recordId, String expert, String name, String unit, String region, String kind,
            String reason, List<String> committees, Instant disciplinedAt) {

        ExpertDisciplined {
            committees = committees == null ? List.of() : List.copyOf(committees);
        }
    }

    record PanelDrawn(UUID meetingId, String committee, UUID drawId, int round, int count, Instant drawnAt) {
    }

    record FilingOverdue(String committee, String territory, String kind, int year, LocalDate dueDate,
            int daysOverdue) {
    }

    record MeetingFiled(UUID meetingId, String committee, LocalDate meetingDate, int qualifiedCount, LocalDate filedOn,
            LocalDate latestFilingDay, boolean provisional, String filedBy) {
    }
}

package org.zhicheng.notification.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * committee-service as this service calls it (with its service token): the public committee register, and the
 * experts a draw round summoned, which the {@code PanelDrawn} event leaves out on purpose. The records are this
 * service's own reading of the answers; unknown fields are ignored.
 */
@FeignClient(name = "committee", url = "${zhicheng.notification.clients.committee:http://127.0.0.1:8083}")
public interface CommitteeClient {

    @GetMapping("/api/v1/committees/{code}")
    RegisteredCommittee committee(@PathVariable("code") String code);

    @GetMapping("/api/v1/meetings/{meetingId}/draws/{drawId}/rounds/{round}/summons")
    Summons summons(@PathVariable("meetingId") UUID meetingId, @PathVariable("drawId") UUID drawId,
            @PathVariable("round") int round);

    /** A committee of the public register. */
    record RegisteredCommittee(UUID id, String code, String name, String kind, String territory, String officeUnit,
            String status, Instant registeredAt) {
    }

    /** Who a draw round selected, with the meeting they are summoned to. */
    record Summons(UUID meetingId, String committee, String committeeName, String meetingTitle, LocalDate meetingDate,
            String venue, UUID drawId, int round, Instant drawnAt, List<SummonedExpert> experts) {

        public Summons {
            experts = experts == null ? List.of() : List.copyOf(experts);
        }
    }

    /** One selected expert and how to reach them; {@code role} PANEL or ALTERNATE. */
    record SummonedExpert(String expertId, String name, String unit, String email, String phone, String role,
            Integer seat) {
    }
}

package org.zhicheng.application.committee;

import java.util.List;
import java.util.UUID;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * committee-service as this service calls it with its service token: whether an expert sits on the drawn panel of a
 * meeting (experts read only the applications of their panel, after the draw).
 */
@FeignClient(name = "committee", url = "${zhicheng.application.clients.committee:http://127.0.0.1:8083}")
public interface CommitteeClient {

    @GetMapping("/api/v1/meetings/{id}/panel-membership/{expert}")
    PanelMembership membership(@PathVariable("id") UUID meeting, @PathVariable("expert") String expert);

    record PanelMembership(UUID meetingId, String committee, String status, boolean panelDrawn, boolean member,
            List<UUID> applicationIds) {

        public PanelMembership {
            applicationIds = applicationIds == null ? List.of() : List.copyOf(applicationIds);
        }
    }
}

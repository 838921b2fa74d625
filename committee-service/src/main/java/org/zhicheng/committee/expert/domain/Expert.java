package org.zhicheng.committee.expert.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An expert's profile (评审专家): title and its level, series and specialty, unit and region (GB/T 2260), contact.
 * For an expert who signs in, {@code id} is their token's {@code person} claim.
 */
public record Expert(String id, String name, String title, TitleLevel titleLevel, String series, String specialty,
        String unit, String region, String phone, String email, ExpertStatus status, String createdBy,
        Instant createdAt) {

    public Expert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    /**
     * 000 三(一): an expert who broke discipline or leaked information is removed; this one is disqualified for good,
     * so a second discipline of the same expert is refused as a wrong state.
     */
    public Expert disqualify() {
        if (status != ExpertStatus.ACTIVE) {
            throw Refusal.wrongState("expert", status, "discipline", DisciplineRecord.RULE);
        }
        return new Expert(id, name, title, titleLevel, series, specialty, unit, region, phone, email,
                ExpertStatus.DISQUALIFIED, createdBy, createdAt);
    }

    public boolean isActive() {
        return status == ExpertStatus.ACTIVE;
    }
}

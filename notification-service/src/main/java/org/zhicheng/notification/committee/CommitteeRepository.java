package org.zhicheng.notification.committee;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code committee}: the read model. */
@Repository
class CommitteeRepository {

    private final JdbcClient jdbc;

    CommitteeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<KnownCommittee> find(String code) {
        return jdbc.sql("""
                SELECT code, committee_id, name, territory, kind, office_unit, status FROM committee WHERE code = ?""")
                .param(code)
                .query((rs, n) -> new KnownCommittee(rs.getString("code"), rs.getObject("committee_id", UUID.class),
                        rs.getString("name"), rs.getString("territory"), rs.getString("kind"),
                        rs.getString("office_unit"), "ACTIVE".equals(rs.getString("status"))))
                .optional();
    }

    Optional<String> codeOf(UUID committeeId) {
        return jdbc.sql("SELECT code FROM committee WHERE committee_id = ?").param(committeeId)
                .query(String.class).optional();
    }

    /**
     * Records the committee as of {@code at} unless a later change is already recorded; answers whether it did.
     */
    boolean upsert(KnownCommittee committee, Instant at) {
        return jdbc.sql("""
                INSERT INTO committee (code, committee_id, name, territory, kind, office_unit, status, changed_at)
                VALUES (:code, :id, :name, :territory, :kind, :officeUnit, :status, :at)
                ON CONFLICT (code) DO UPDATE SET
                    committee_id = COALESCE(EXCLUDED.committee_id, committee.committee_id),
                    name = EXCLUDED.name, territory = EXCLUDED.territory,
                    kind = COALESCE(EXCLUDED.kind, committee.kind),
                    office_unit = COALESCE(EXCLUDED.office_unit, committee.office_unit),
                    status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
                WHERE committee.changed_at <= EXCLUDED.changed_at
                """)
                .param("code", committee.code()).param("id", committee.committeeId())
                .param("name", committee.name()).param("territory", committee.territory())
                .param("kind", committee.kind()).param("officeUnit", committee.officeUnit())
                .param("status", committee.active() ? "ACTIVE" : "SUSPENDED").param("at", Timestamp.from(at))
                .update() == 1;
    }
}

package org.zhicheng.committee.expert;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.starter.jdbc.TextArray;
import org.zhicheng.committee.expert.domain.DisciplineKind;
import org.zhicheng.committee.expert.domain.DisciplineRecord;

/** Discipline records in table {@code discipline_record}; never changed. */
@Repository
class DisciplineRepository {

    private final JdbcClient jdbc;

    DisciplineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DisciplineRecord record) {
        jdbc.sql("""
                INSERT INTO discipline_record (id, expert_id, kind, reason, unit, region, committees, recorded_by,
                    recorded_at)
                VALUES (:id, :expert, :kind, :reason, :unit, :region, :committees, :by, :at)
                """)
                .param("id", record.id()).param("expert", record.expertId()).param("kind", record.kind().name())
                .param("reason", record.reason()).param("unit", record.unit()).param("region", record.region())
                .param("committees", new TextArray(record.committees())).param("by", record.recordedBy())
                .param("at", Timestamp.from(record.recordedAt()))
                .update();
    }

    List<DisciplineRecord> of(String expertId) {
        return jdbc.sql("SELECT * FROM discipline_record WHERE expert_id = :expert ORDER BY recorded_at, id")
                .param("expert", expertId)
                .query((rs, index) -> new DisciplineRecord(rs.getObject("id", UUID.class), rs.getString("expert_id"),
                        DisciplineKind.valueOf(rs.getString("kind")), rs.getString("reason"), rs.getString("unit"),
                        rs.getString("region"), TextArray.read(rs, "committees"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}

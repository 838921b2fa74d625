package org.zhicheng.committee.expert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.committee.expert.domain.Conflict;
import org.zhicheng.committee.expert.domain.ConflictSource;
import org.zhicheng.committee.expert.domain.ConflictType;

/** Conflicts of interest in table {@code expert_conflict}: inserted, withdrawn, never deleted. */
@Repository
class ConflictRepository {

    private final JdbcClient jdbc;

    ConflictRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Conflict conflict) {
        jdbc.sql("""
                INSERT INTO expert_conflict (id, expert_id, type, source, person, unit, note, committee_code,
                    declared_by, declared_at)
                VALUES (:id, :expert, :type, :source, :person, :unit, :note, :committee, :by, :at)
                """)
                .param("id", conflict.id()).param("expert", conflict.expertId()).param("type", conflict.type().name())
                .param("source", conflict.source().name()).param("person", conflict.person())
                .param("unit", conflict.unit()).param("note", conflict.note()).param("committee", conflict.committee())
                .param("by", conflict.declaredBy()).param("at", Timestamp.from(conflict.declaredAt()))
                .update();
    }

    /** Records the withdrawal unless another one came first; whether this one did. */
    boolean saveWithdrawal(Conflict conflict) {
        return jdbc.sql("""
                UPDATE expert_conflict SET withdrawn_by = :by, withdrawn_at = :at, withdrawal_reason = :reason
                WHERE id = :id AND withdrawn_at IS NULL
                """)
                .param("by", conflict.withdrawnBy()).param("at", Timestamp.from(conflict.withdrawnAt()))
                .param("reason", conflict.withdrawalReason()).param("id", conflict.id()).update() > 0;
    }

    Optional<Conflict> find(String expertId, UUID id) {
        return jdbc.sql("SELECT * FROM expert_conflict WHERE expert_id = :expert AND id = :id")
                .param("expert", expertId).param("id", id).query(ConflictRepository::map).optional();
    }

    /** The expert's conflicts, oldest first, withdrawn ones included. */
    List<Conflict> of(String expertId) {
        return jdbc.sql("SELECT * FROM expert_conflict WHERE expert_id = :expert ORDER BY declared_at, id")
                .param("expert", expertId).query(ConflictRepository::map).list();
    }

    /** The conflicts in force of the experts, oldest first. */
    List<Conflict> inForce(Collection<String> expertIds) {
        if (expertIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM expert_conflict WHERE expert_id IN (:experts) AND withdrawn_at IS NULL
                ORDER BY expert_id, declared_at, id
                """).param("experts", expertIds).query(ConflictRepository::map).list();
    }

    private static Conflict map(ResultSet rs, int index) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        Instant withdrawnAt = withdrawn == null ? null : withdrawn.toInstant();
        return new Conflict(rs.getObject("id", UUID.class), rs.getString("expert_id"),
                ConflictType.valueOf(rs.getString("type")), ConflictSource.valueOf(rs.getString("source")),
                rs.getString("person"), rs.getString("unit"), rs.getString("note"), rs.getString("committee_code"),
                rs.getString("declared_by"), rs.getTimestamp("declared_at").toInstant(), rs.getString("withdrawn_by"),
                withdrawnAt, rs.getString("withdrawal_reason"));
    }
}

package org.zhicheng.application.committee;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a committee's evaluation rights are suspended (001 四), as committee-service last said
 * ({@code CommitteeSuspended}, {@code CommitteeReinstated}); a committee never heard of is taken as active. An older
 * event never overwrites a newer state.
 */
@Service
public class CommitteeRights {

    private final JdbcClient jdbc;

    CommitteeRights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean suspended(String code) {
        return code != null && jdbc.sql("SELECT status FROM committee_status WHERE code = ?").param(code)
                .query(String.class).optional().map("SUSPENDED"::equals).orElse(false);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String code, String status, Instant at) {
        jdbc.sql("""
                INSERT INTO committee_status (code, status, changed_at) VALUES (?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
                WHERE committee_status.changed_at <= EXCLUDED.changed_at""")
                .params(code, status, Timestamp.from(at)).update();
    }
}

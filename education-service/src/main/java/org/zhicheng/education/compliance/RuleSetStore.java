package org.zhicheng.education.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.education.compliance.domain.HoursRule;
import org.zhicheng.education.compliance.domain.RuleSet;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rule-set versions: written once, read by region with the inheritance of district → city → province. */
@Repository
class RuleSetStore {

    private static final TypeReference<List<HoursRule>> RULES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RuleSetStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The rule set in force for {@code year} in {@code region}: the region's own newest version with the latest
     * {@code validFrom} not after the year, else its parent region's (330604 → 3306 → 33).
     */
    Optional<StoredRuleSet> inForce(String region, int year) {
        // one query for the region and its parents: the longest (most specific) code with a version wins
        return jdbc.sql("""
                SELECT * FROM rule_set WHERE region IN (:regions) AND valid_from <= :year
                ORDER BY length(region) DESC, valid_from DESC, version DESC LIMIT 1
                """).param("regions", regionAndParents(region)).param("year", year).query(this::map).optional();
    }

    /** Every version of the region's own rule sets, newest first. */
    List<StoredRuleSet> history(String region) {
        return jdbc.sql("SELECT * FROM rule_set WHERE region = :region ORDER BY valid_from DESC, version DESC")
                .param("region", region).query(this::map).list();
    }

    /** The next version number for the region and first year, under a lock so two edits cannot take the same. */
    int nextVersion(String region, int validFrom) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", "rule-set:" + region + ":" + validFrom)
                .query().singleRow();
        return jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM rule_set WHERE region = :region "
                + "AND valid_from = :validFrom").param("region", region).param("validFrom", validFrom)
                .query(Integer.class).single();
    }

    void insert(StoredRuleSet stored) {
        jdbc.sql("""
                INSERT INTO rule_set (id, region, valid_from, version, rules, reason, changed_by, changed_at)
                VALUES (:id, :region, :validFrom, :version, CAST(:rules AS jsonb), :reason, :changedBy, :changedAt)
                """).param("id", stored.id()).param("region", stored.ruleSet().region())
                .param("validFrom", stored.ruleSet().validFrom()).param("version", stored.version())
                .param("rules", json.writerFor(RULES).writeValueAsString(stored.ruleSet().rules()))
                .param("reason", stored.reason()).param("changedBy", stored.changedBy())
                .param("changedAt", Timestamp.from(stored.changedAt())).update();
    }

    private static List<String> regionAndParents(String region) {
        List<String> codes = new ArrayList<>();
        for (int length = region.length(); length >= 2; length -= 2) {
            codes.add(region.substring(0, length));
        }
        return codes;
    }

    private StoredRuleSet map(ResultSet row, int index) throws SQLException {
        List<HoursRule> rules = json.readValue(row.getString("rules"), RULES);
        return new StoredRuleSet(row.getObject("id", UUID.class), row.getInt("version"),
                new RuleSet(row.getString("region"), row.getInt("valid_from"), rules), row.getString("reason"),
                row.getString("changed_by"), row.getTimestamp("changed_at").toInstant());
    }
}

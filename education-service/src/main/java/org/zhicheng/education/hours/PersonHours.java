package org.zhicheng.education.hours;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.education.compliance.domain.HoursTable;
import org.zhicheng.education.hours.domain.HourCategory;

/**
 * What the compliance check reads from the ledger: a person's net hours per year and category, summed by the
 * database (one grouped query per check, so a deadline surge of checks stays cheap), and whether a unit has entries
 * of the person (an employer checks only its own people).
 */
@Component
public class PersonHours {

    private final JdbcClient jdbc;

    PersonHours(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public HoursTable of(String person) {
        HoursTable table = new HoursTable();
        // a reversal carries no source of its own: it counts against the system of the entry it cancels
        jdbc.sql("""
                SELECT r.year, r.category, COALESCE(r.source_system, o.source_system) AS system,
                    sum(r.hours) AS hours
                FROM hour_record r LEFT JOIN hour_record o ON o.id = r.reverses
                WHERE r.person = :person
                GROUP BY r.year, r.category, COALESCE(r.source_system, o.source_system)
                """).param("person", person)
                .query((row, index) -> table.add(row.getInt("year"), HourCategory.valueOf(row.getString("category")),
                        row.getBigDecimal("hours")).addFromSystem(row.getInt("year"), row.getString("system"),
                        row.getBigDecimal("hours")))
                .list();
        return table;
    }

    @Transactional(readOnly = true)
    public boolean hasEntriesOfUnit(String person, String unit) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM hour_record WHERE person = :person AND unit = :unit)")
                .param("person", person).param("unit", unit).query(Boolean.class).single();
    }
}

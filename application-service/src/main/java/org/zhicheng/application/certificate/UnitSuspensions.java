package org.zhicheng.application.certificate;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 出现申报对象评审通过后一年内未聘的事业单位，原则上暂停下一年度职称申报 (000 三(二)): a public institution is suspended from
 * applying in year Y when a certificate it applied for (valid, issued on day D) has no appointment recorded by D plus
 * one year, and that year ended in Y − 1.
 */
@Service
public class UnitSuspensions {

    private final JdbcClient jdbc;

    UnitSuspensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code year} when the unit is suspended for it, else null. */
    @Transactional(readOnly = true)
    public Integer suspendedFor(String unit, int year, LocalDate today) {
        boolean suspended = jdbc.sql("""
                SELECT EXISTS (
                    SELECT 1 FROM certificate c JOIN application a ON a.id = c.application_id
                    WHERE c.unit = :unit AND c.status = 'VALID' AND a.unit_type = 'PUBLIC_INSTITUTION'
                      AND (c.issued_on + INTERVAL '1 year')::date < :today
                      AND extract(year FROM (c.issued_on + INTERVAL '1 year')) = :year - 1
                      AND NOT EXISTS (SELECT 1 FROM appointment p WHERE p.application_id = c.application_id
                                      AND p.appointed_on <= (c.issued_on + INTERVAL '1 year')::date))""")
                .param("unit", unit).param("today", today).param("year", year).query(Boolean.class).single();
        return suspended ? year : null;
    }
}

package org.zhicheng.application.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.application.application.Application;
import org.zhicheng.starter.events.Outbox;

/**
 * Certificates: issued on publication, numbered per region and year without gaps (a row per region and year holds
 * the last serial, taken under its row lock), revoked after a fraud veto (MOHRSS-40 第三十七条: 撤销其职称), verified by
 * anyone with the number and the holder's name.
 */
@Service
public class Certificates {

    static final String TOPIC = "zhicheng.application.events";

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    Certificates(JdbcClient jdbc, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Issues the certificate of a published application; emits {@code CertificateIssued}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Certificate issue(Application a, UUID publication, String region, String issuingBody, LocalDate issuedOn) {
        int year = issuedOn.getYear();
        int serial = jdbc.sql("""
                INSERT INTO certificate_serial (region, year, last) VALUES (?, ?, 1)
                ON CONFLICT (region, year) DO UPDATE SET last = certificate_serial.last + 1
                RETURNING last""").params(region, year).query(Integer.class).single();
        String number = "%s-%d-%06d".formatted(region, year, serial);
        Instant now = clock.instant();
        Certificate c = new Certificate(number, a.id(), publication, a.person(), a.fixed().applicantName(), a.unit(),
                a.fixed().title(), a.fixed().titleName(), a.fixed().series(), a.fixed().level(), a.specialty(),
                a.committee(), a.fixed().committeeName(), issuingBody, region, year, issuedOn, now, "VALID", null,
                null, null);
        jdbc.sql("""
                INSERT INTO certificate (number, application_id, publication_id, person, holder_name, unit, title,
                    title_name, series, level, specialty, committee, committee_name, issuing_body, region, year,
                    issued_on, issued_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VALID')""")
                .params(number, a.id(), publication, c.person(), c.holderName(), c.unit(), c.title(), c.titleName(),
                        c.series(), c.level(), c.specialty(), c.committee(), c.committeeName(), issuingBody, region,
                        year, issuedOn, Timestamp.from(now))
                .update();
        outbox.append(TOPIC, "CertificateIssued", 1, a.id().toString(), "application-service", data(c));
        return c;
    }

    /** Revokes the application's certificate (after a veto); emits {@code CertificateRevoked}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Certificate> revoke(Application a, String reason, String actor) {
        Instant now = clock.instant();
        int revoked = jdbc.sql("""
                UPDATE certificate SET status = 'REVOKED', revoked_at = ?, revoked_by = ?, revocation_reason = ?
                WHERE application_id = ? AND status = 'VALID'""")
                .params(Timestamp.from(now), actor, reason, a.id()).update();
        if (revoked == 0) {
            return Optional.empty();
        }
        Certificate c = ofApplication(a.id()).orElseThrow();
        outbox.append(TOPIC, "CertificateRevoked", 1, a.id().toString(), actor, data(c));
        return Optional.of(c);
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> ofApplication(UUID applicationId) {
        return jdbc.sql("SELECT * FROM certificate WHERE application_id = ?").param(applicationId)
                .query(Certificates::row).optional();
    }

    /** The certificate with the number whose holder has the name (both must match, so numbers cannot be probed). */
    @Transactional(readOnly = true)
    public Optional<Certificate> verify(String number, String name) {
        return jdbc.sql("SELECT * FROM certificate WHERE number = ? AND holder_name = ?").params(number, name)
                .query(Certificates::row).optional();
    }

    @Transactional(readOnly = true)
    public List<Certificate> ofPerson(String person) {
        return jdbc.sql("SELECT * FROM certificate WHERE person = ? ORDER BY issued_at DESC").param(person)
                .query(Certificates::row).list();
    }

    @Transactional(readOnly = true)
    public List<Certificate> ofPublication(UUID publication) {
        return jdbc.sql("SELECT * FROM certificate WHERE publication_id = ? ORDER BY number").param(publication)
                .query(Certificates::row).list();
    }

    /** The unit appointed the holder (聘用, 000 三(二)); once per application. */
    @Transactional
    public boolean appointed(UUID applicationId, String unit, LocalDate on, String actor) {
        return jdbc.sql("""
                INSERT INTO appointment (application_id, unit, appointed_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (application_id) DO NOTHING""")
                .params(applicationId, unit, on, actor, Timestamp.from(clock.instant())).update() == 1;
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> appointment(UUID applicationId) {
        return jdbc.sql("SELECT appointed_on FROM appointment WHERE application_id = ?").param(applicationId)
                .query(LocalDate.class).optional();
    }

    private static Map<String, Object> data(Certificate c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("certificateNumber", c.certificateNumber());
        data.put("applicationId", c.applicationId());
        data.put("person", c.person());
        data.put("holderName", c.holderName());
        data.put("title", c.title());
        data.put("titleName", c.titleName());
        data.put("series", c.series());
        data.put("level", c.level());
        data.put("specialty", c.specialty());
        data.put("committee", c.committee());
        data.put("committeeName", c.committeeName());
        data.put("issuingBody", c.issuingBody());
        data.put("region", c.region());
        data.put("year", c.year());
        data.put("issuedOn", c.issuedOn());
        data.put("status", c.status());
        data.put("revokedAt", c.revokedAt());
        data.put("revocationReason", c.revocationReason());
        return data;
    }

    private static Certificate row(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Certificate(rs.getString("number"), rs.getObject("application_id", UUID.class),
                rs.getObject("publication_id", UUID.class), rs.getString("person"), rs.getString("holder_name"),
                rs.getString("unit"), rs.getString("title"), rs.getString("title_name"), rs.getString("series"),
                rs.getString("level"), rs.getString("specialty"), rs.getString("committee"),
                rs.getString("committee_name"), rs.getString("issuing_body"), rs.getString("region"),
                rs.getInt("year"), rs.getObject("issued_on", LocalDate.class),
                rs.getTimestamp("issued_at").toInstant(), rs.getString("status"),
                revoked == null ? null : revoked.toInstant(), rs.getString("revoked_by"),
                rs.getString("revocation_reason"));
    }
}

package org.zhicheng.application.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.application.application.Actor;
import org.zhicheng.application.application.Application;
import org.zhicheng.application.application.ApplicationAccess;
import org.zhicheng.application.application.ApplicationRepository;
import org.zhicheng.application.certificate.Certificate;
import org.zhicheng.application.certificate.Certificates;
import org.zhicheng.application.workflow.ApplicationState;
import org.zhicheng.application.workflow.Step;
import org.zhicheng.application.workflow.Workflow;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.ConflictRefused;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.problem.WrongStateRefused;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * 经公示无异议后 … 报人力社保部门核准公布 (002 一(五)); 由评委会办公室填报《关于要求公布评审通过人员名单的函》 … 送人力社保局审核并发文公布
 * (001 五(二)): the office requests the publication of the passed list, the HR bureau of the plan's region approves
 * and publishes it ({@code ResultPublished}, which notification-service announces) — the certificates are issued in
 * the same transaction ({@code CertificateIssued}) — or returns it to the office with the reason.
 */
@Service
@EnableConfigurationProperties(PublicationProperties.class)
public class Publications {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String TOPIC = "zhicheng.application.events";

    private final JdbcClient jdbc;
    private final ApplicationRepository applications;
    private final Certificates certificates;
    private final Outbox outbox;
    private final PublicationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Publications(JdbcClient jdbc, ApplicationRepository applications, Certificates certificates, Outbox outbox,
            PublicationProperties properties, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.certificates = certificates;
        this.outbox = outbox;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    public record Publication(UUID id, String committee, String committeeName, String region, int year,
            UUID meetingId, String title, List<UUID> applicationIds, String status, String requestedBy,
            Instant requestedAt, String issuingBody, String approvalReference, String decidedBy, Instant decidedAt,
            String returnReason) {
    }

    /** The office asks for the publication of its confirmed results: a meeting's, or the applications named. */
    public Publication request(ZhichengPrincipal user, UUID meeting, List<UUID> ids, String title) {
        return transaction.execute(status -> {
            List<Application> chosen = meeting != null
                    ? applications.ofMeeting(meeting).stream()
                            .filter(a -> a.state() == ApplicationState.RESULT_CONFIRMED).toList()
                    : (ids == null ? List.<UUID>of() : ids).stream().distinct()
                            .map(id -> applications.find(id).orElseThrow(() -> ApplicationAccess.notFound(id)))
                            .toList();
            if (chosen.isEmpty()) {
                throw new ConflictRefused("publication.nothing-to-publish", meeting);
            }
            Application first = chosen.get(0);
            Instant now = clock.instant();
            UUID id = UUID.randomUUID();
            List<Application> locked = applications.lockAll(chosen.stream().map(Application::id).toList());
            for (Application a : locked) {
                if (!a.committee().equals(first.committee())
                        || !a.fixed().planRegion().equals(first.fixed().planRegion())) {
                    throw Problems.badRequest("publication.mixed", a.id());
                }
                Actor actor = ApplicationAccess.requireHolder(user, a);
                requireState(a, Step.REQUEST_PUBLICATION);
                a.move(Step.REQUEST_PUBLICATION, ApplicationState.PUBLICATION_REQUESTED, actor, null, now,
                        Map.of("publicationId", id));
                applications.save(a, false);
            }
            String heading = title != null && !title.isBlank() ? title
                    : first.fixed().year() + "年度" + first.fixed().committeeName() + "评审通过人员名单";
            jdbc.sql("""
                    INSERT INTO publication (id, committee, committee_name, region, year, meeting_id, title,
                        application_ids, status, requested_by, requested_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?)""")
                    .params(id, first.committee(), first.fixed().committeeName(), first.fixed().planRegion(),
                            first.fixed().year(), meeting, heading,
                            locked.stream().map(Application::id).toArray(UUID[]::new), user.actor(),
                            Timestamp.from(now))
                    .update();
            return find(id).orElseThrow();
        });
    }

    /**
     * The HR bureau covering the plan's region approves and publishes: every application is PUBLISHED, gets its
     * certificate and is CERTIFIED; {@code ResultPublished} carries the passed list.
     */
    public Publication publish(ZhichengPrincipal user, UUID id, String approvalReference, String issuingBody) {
        return transaction.execute(status -> {
            Publication p = lockForDecision(user, id);
            String body = issuingBody != null && !issuingBody.isBlank() ? issuingBody
                    : properties.issuingBodies().get(p.region());
            if (body == null) {
                throw Problems.badRequest("publication.issuing-body-required", p.region());
            }
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, ZONE);
            Actor actor = new Actor(user.actor(), Roles.HR_BUREAU);
            List<Map<String, Object>> passed = new java.util.ArrayList<>();
            for (Application a : applications.lockAll(p.applicationIds())) {
                requireState(a, Step.PUBLISH);
                a.move(Step.PUBLISH, ApplicationState.PUBLISHED, actor, approvalReference, now,
                        Map.of("publicationId", id));
                Certificate c = certificates.issue(a, id, p.region(), body, today);
                a.move(Step.CERTIFY, ApplicationState.CERTIFIED, Actor.system("application-service"), null, now,
                        Map.of("certificateNumber", c.certificateNumber()));
                applications.save(a, false);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("applicationId", a.id());
                entry.put("name", a.fixed().applicantName());
                entry.put("unit", a.fixed().unitName() == null ? a.unit() : a.fixed().unitName());
                entry.put("title", a.fixed().titleName());
                entry.put("specialty", a.specialty());
                passed.add(entry);
            }
            jdbc.sql("""
                    UPDATE publication SET status = 'PUBLISHED', issuing_body = ?, approval_reference = ?,
                        decided_by = ?, decided_at = ? WHERE id = ?""")
                    .params(body, approvalReference, user.actor(), Timestamp.from(now), id).update();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("resultId", id);
            data.put("committee", p.committee());
            data.put("committeeName", p.committeeName() == null ? p.committee() : p.committeeName());
            data.put("region", p.region());
            data.put("year", p.year());
            data.put("title", p.title());
            data.put("approvalReference", approvalReference);
            data.put("publishedAt", now);
            data.put("passed", passed);
            outbox.append(TOPIC, "ResultPublished", 1, id.toString(), user.actor(), data);
            return find(id).orElseThrow();
        });
    }

    /** The HR bureau returns the request to the office, with the reason; the results wait for a new request. */
    public Publication sendBack(ZhichengPrincipal user, UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw Problems.badRequest("application.reason-required", "PUBLICATION_RETURNED");
        }
        return transaction.execute(status -> {
            Publication p = lockForDecision(user, id);
            Instant now = clock.instant();
            Actor actor = new Actor(user.actor(), Roles.HR_BUREAU);
            for (Application a : applications.lockAll(p.applicationIds())) {
                requireState(a, Step.PUBLICATION_RETURNED);
                a.move(Step.PUBLICATION_RETURNED, ApplicationState.RESULT_CONFIRMED, actor, reason, now,
                        Map.of("publicationId", id));
                applications.save(a, false);
            }
            jdbc.sql("""
                    UPDATE publication SET status = 'RETURNED', return_reason = ?, decided_by = ?, decided_at = ?
                    WHERE id = ?""").params(reason, user.actor(), Timestamp.from(now), id).update();
            return find(id).orElseThrow();
        });
    }

    /** A publication the caller may read: the office of its committee, the HR bureau covering its region. */
    public Publication read(ZhichengPrincipal user, UUID id) {
        Publication p = find(id).orElseThrow(() -> Problems.notFound("publication", id));
        if (!(user.hasRole(Roles.COMMITTEE_OFFICE) && user.isMember(p.committee()))
                && !(user.hasRole(Roles.HR_BUREAU) && user.coversRegion(p.region()))) {
            throw Problems.notFound("publication", id);
        }
        return p;
    }

    /** The publications the caller's desk sees: an office its committees', an HR bureau its region's. */
    public List<Publication> list(ZhichengPrincipal user, String status) {
        if (user.hasRole(Roles.HR_BUREAU) && user.region() != null) {
            return jdbc.sql("""
                    SELECT * FROM publication WHERE region LIKE ? AND (CAST(? AS varchar) IS NULL OR status = ?)
                    ORDER BY requested_at DESC LIMIT 200""").params(user.region() + "%", status, status)
                    .query(this::row).list();
        }
        if (user.hasRole(Roles.COMMITTEE_OFFICE) && !user.committees().isEmpty()) {
            return jdbc.sql("""
                    SELECT * FROM publication WHERE committee = ANY(?) AND (CAST(? AS varchar) IS NULL OR status = ?)
                    ORDER BY requested_at DESC LIMIT 200""")
                    .params(user.committees().toArray(String[]::new), status, status).query(this::row).list();
        }
        throw Problems.forbidden("publication.role-required", Roles.HR_BUREAU);
    }

    private Publication lockForDecision(ZhichengPrincipal user, UUID id) {
        Publication p = jdbc.sql("SELECT * FROM publication WHERE id = ? FOR UPDATE").param(id).query(this::row)
                .optional().orElseThrow(() -> Problems.notFound("publication", id));
        if (!user.hasRole(Roles.HR_BUREAU)) {
            if (user.hasRole(Roles.COMMITTEE_OFFICE) && user.isMember(p.committee())) {
                throw Problems.forbidden("publication.role-required", Roles.HR_BUREAU);
            }
            throw Problems.notFound("publication", id);
        }
        if (!user.coversRegion(p.region())) {
            throw Problems.notFound("publication", id);
        }
        if (!"REQUESTED".equals(p.status())) {
            throw Problems.wrongState("publication", p.status(), "decide");
        }
        return p;
    }

    private static void requireState(Application a, Step step) {
        if (!step.from().contains(a.state())) {
            throw new WrongStateRefused(Workflow.RESOURCE, a.state(), step.name(), null);
        }
    }

    public Optional<Publication> find(UUID id) {
        return jdbc.sql("SELECT * FROM publication WHERE id = ?").param(id).query(this::row).optional();
    }

    private Publication row(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Publication(rs.getObject("id", UUID.class), rs.getString("committee"),
                rs.getString("committee_name"), rs.getString("region"), rs.getInt("year"),
                rs.getObject("meeting_id", UUID.class), rs.getString("title"),
                Arrays.asList((UUID[]) rs.getArray("application_ids").getArray()), rs.getString("status"),
                rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("issuing_body"), rs.getString("approval_reference"), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("return_reason"));
    }

    static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Map.of() : new HashMap<>(map);
    }
}

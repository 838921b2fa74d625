package org.zhicheng.application.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.application.archive.domain.UnitType;
import org.zhicheng.application.workflow.ApplicationState;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.ConflictRefused;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tables {@code application} and {@code application_history}: saving an application writes its row (optimistic
 * lock on {@code version}), one history row per recorded transition and its event into the outbox, in the caller's
 * transaction.
 */
@Repository
public class ApplicationRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Outbox outbox;

    ApplicationRepository(JdbcClient jdbc, JsonMapper json, Outbox outbox) {
        this.jdbc = jdbc;
        this.json = json;
        this.outbox = outbox;
    }

    public Optional<Application> find(UUID id) {
        return jdbc.sql("SELECT * FROM application WHERE id = ?").param(id).query(this::row).optional();
    }

    /** The application with its row locked for the transaction (every step takes it). */
    public Optional<Application> lock(UUID id) {
        return jdbc.sql("SELECT * FROM application WHERE id = ? FOR UPDATE").param(id).query(this::row).optional();
    }

    public List<Application> lockAll(List<UUID> ids) {
        return jdbc.sql("SELECT * FROM application WHERE id = ANY(?) ORDER BY id FOR UPDATE")
                .param(ids.toArray(UUID[]::new)).query(this::row).list();
    }

    public List<Application> ofPerson(String person) {
        return jdbc.sql("SELECT * FROM application WHERE person = ? ORDER BY created_at DESC").param(person)
                .query(this::row).list();
    }

    public List<Application> ofMeeting(UUID meeting) {
        return jdbc.sql("SELECT * FROM application WHERE meeting_id = ? ORDER BY id").param(meeting)
                .query(this::row).list();
    }

    /** A page of the applications matching {@code where} (built by {@link ApplicationQueries}, never from input). */
    List<Application> page(String where, Map<String, Object> params, String order, int offset, int limit) {
        return jdbc.sql("SELECT * FROM application WHERE " + where + " ORDER BY " + order
                + " OFFSET :offset LIMIT :limit").params(params).param("offset", offset).param("limit", limit)
                .query(this::row).list();
    }

    long count(String where, Map<String, Object> params) {
        return jdbc.sql("SELECT count(*) FROM application WHERE " + where).params(params).query(Long.class)
                .single();
    }

    Map<String, Long> countByState(String where, Map<String, Object> params) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.sql("SELECT state, count(*) FROM application WHERE " + where + " GROUP BY state").params(params)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** One row of an application's history, as inspections replay it. */
    public record HistoryEntry(int seq, String action, String from, String to, String desk, String holder,
            String actor, String role, String reason, Map<String, Object> data, Instant at) {
    }

    public List<HistoryEntry> history(UUID id) {
        return jdbc.sql("SELECT * FROM application_history WHERE application_id = ? ORDER BY seq").param(id)
                .query((rs, n) -> new HistoryEntry(rs.getInt("seq"), rs.getString("action"),
                        rs.getString("from_state"), rs.getString("to_state"), rs.getString("desk"),
                        rs.getString("holder"), rs.getString("actor"), rs.getString("role"), rs.getString("reason"),
                        json.readValue(rs.getString("data"), MAP), rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** Applications whose compliance is pending and due for another ask. */
    public List<UUID> complianceDue(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM application WHERE compliance = 'PENDING' AND compliance_next_at <= ?
                    AND state NOT IN ('WITHDRAWN', 'REJECTED', 'VETOED', 'FAILED')
                ORDER BY compliance_next_at LIMIT ?""")
                .params(Timestamp.from(now), limit).query(UUID.class).list();
    }

    /** Saves the application and takes its recorded transitions: history rows and outbox events. */
    public void save(Application application, boolean isNew) {
        ApplicationSnapshot s = application.snapshot();
        ApplicationSnapshot.Fixed f = s.fixed();
        if (isNew) {
            JdbcClient.StatementSpec insert = jdbc.sql("""
                    INSERT INTO application (id, person, applicant_name, unit, unit_name, unit_type, region,
                        department, needs_department, plan_id, plan_item_id, plan_region, year, committee,
                        committee_name, title, title_name, series, level, specialty, route, particulars, state,
                        returned_from, desk, holder, held_since, submission, archive_version, compliance,
                        compliance_detail, compliance_attempts, compliance_next_at, meeting_id, publicity_id,
                        publicity_ends_on, unit_publicity_round, outcome, reached_office_at, reached_department_at,
                        created_at, updated_at, version)
                    VALUES (:id, :person, :name, :unit, :unitName, :unitType, :region, :department, :needsDepartment,
                        :plan, :item, :planRegion, :year, :committee, :committeeName, :title, :titleName, :series,
                        :level, :specialty, :route, CAST(:particulars AS jsonb), :state, :returnedFrom, :desk,
                        :holder, :heldSince, :submission, :archiveVersion, :compliance,
                        CAST(:complianceDetail AS jsonb), :complianceAttempts, :complianceNextAt, :meeting,
                        :publicity, :publicityEndsOn, :round, :outcome, :reachedOffice, :reachedDepartment,
                        :createdAt, :updatedAt, 1)""")
                    .param("id", f.id()).param("person", f.person()).param("name", f.applicantName())
                    .param("unit", f.unit()).param("unitName", f.unitName())
                    .param("unitType", f.unitType() == null ? null : f.unitType().name())
                    .param("region", f.region()).param("department", f.department())
                    .param("needsDepartment", f.needsDepartment()).param("plan", f.planId())
                    .param("item", f.planItemId()).param("planRegion", f.planRegion()).param("year", f.year())
                    .param("committee", f.committee()).param("committeeName", f.committeeName())
                    .param("title", f.title()).param("titleName", f.titleName()).param("series", f.series())
                    .param("level", f.level());
            // the mutable columns are bound by the same code on insert and update
            bindMutable(insert, s).update();
            application.savedAs(1);
        } else {
            int updated = bindMutable(jdbc.sql("""
                    UPDATE application SET specialty = :specialty, route = :route,
                        needs_department = :needsDepartment,
                        particulars = CAST(:particulars AS jsonb), state = :state, returned_from = :returnedFrom,
                        desk = :desk, holder = :holder, held_since = :heldSince, submission = :submission,
                        archive_version = :archiveVersion, compliance = :compliance,
                        compliance_detail = CAST(:complianceDetail AS jsonb),
                        compliance_attempts = :complianceAttempts, compliance_next_at = :complianceNextAt,
                        meeting_id = :meeting, publicity_id = :publicity, publicity_ends_on = :publicityEndsOn,
                        unit_publicity_round = :round, outcome = :outcome, reached_office_at = :reachedOffice,
                        reached_department_at = :reachedDepartment, updated_at = :updatedAt,
                        version = version + 1
                    WHERE id = :id AND version = :version"""), s)
                    .param("id", f.id()).param("version", s.version())
                    .param("needsDepartment", f.needsDepartment()).update();
            if (updated != 1) {
                throw new ConflictRefused("concurrent-update", f.id());
            }
            application.savedAs(s.version() + 1);
        }
        List<ApplicationTransition> transitions = application.takeChanges();
        if (transitions.isEmpty()) {
            return;
        }
        int seq = jdbc.sql("SELECT COALESCE(max(seq), 0) FROM application_history WHERE application_id = ?")
                .param(f.id()).query(Integer.class).single();
        for (ApplicationTransition t : transitions) {
            jdbc.sql("""
                    INSERT INTO application_history (application_id, seq, action, from_state, to_state, desk, holder,
                        actor, role, reason, data, at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)""")
                    .params(f.id(), ++seq, t.step().name(), t.from() == null ? null : t.from().name(),
                            t.to().name(), t.desk().name(), t.holder(), t.actor(), t.role(), t.reason(),
                            json.writeValueAsString(t.data()), Timestamp.from(t.at()))
                    .update();
            if (t.step().eventType() != null) {
                outbox.append(ApplicationEventData.TOPIC, t.step().eventType(), 1, f.id().toString(), t.actor(),
                        ApplicationEventData.of(application, t));
            }
        }
    }

    private JdbcClient.StatementSpec bindMutable(JdbcClient.StatementSpec spec, ApplicationSnapshot s) {
        return spec.param("specialty", s.specialty()).param("route", s.route().name())
                .param("particulars", json.writeValueAsString(s.particulars()))
                .param("state", s.state().name())
                .param("returnedFrom", s.returnedFrom() == null ? null : s.returnedFrom().name())
                .param("desk", s.state().desk().name()).param("holder", holderOf(s))
                .param("heldSince", ts(s.heldSince())).param("submission", s.submission())
                .param("archiveVersion", s.archiveVersion())
                .param("compliance", s.compliance() == null ? null : s.compliance().name())
                .param("complianceDetail", json.writeValueAsString(s.complianceDetail()))
                .param("complianceAttempts", s.complianceAttempts())
                .param("complianceNextAt", ts(s.complianceNextAt())).param("meeting", s.meetingId())
                .param("publicity", s.publicityId()).param("publicityEndsOn", s.publicityEndsOn())
                .param("round", s.unitPublicityRound()).param("outcome", s.outcome())
                .param("reachedOffice", ts(s.reachedOfficeAt())).param("reachedDepartment", ts(s.reachedDepartmentAt()))
                .param("createdAt", ts(s.createdAt())).param("updatedAt", ts(s.updatedAt()));
    }

    private static String holderOf(ApplicationSnapshot s) {
        return Application.restore(s).holder();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private Application row(ResultSet rs, int n) throws SQLException {
        String unitType = rs.getString("unit_type");
        ApplicationSnapshot.Fixed fixed = new ApplicationSnapshot.Fixed(rs.getObject("id", UUID.class),
                rs.getString("person"), rs.getString("applicant_name"), rs.getString("unit"),
                rs.getString("unit_name"), unitType == null ? null : UnitType.valueOf(unitType),
                rs.getString("region"), rs.getString("department"), rs.getBoolean("needs_department"),
                rs.getObject("plan_id", UUID.class), rs.getObject("plan_item_id", UUID.class),
                rs.getString("plan_region"), rs.getInt("year"), rs.getString("committee"),
                rs.getString("committee_name"), rs.getString("title"), rs.getString("title_name"),
                rs.getString("series"), rs.getString("level"));
        String returnedFrom = rs.getString("returned_from");
        String compliance = rs.getString("compliance");
        return Application.restore(new ApplicationSnapshot(fixed, rs.getString("specialty"),
                Route.valueOf(rs.getString("route")), json.readValue(rs.getString("particulars"), Particulars.class),
                ApplicationState.valueOf(rs.getString("state")),
                returnedFrom == null ? null : ApplicationState.valueOf(returnedFrom), instant(rs, "held_since"),
                rs.getInt("submission"), (Integer) rs.getObject("archive_version"),
                compliance == null ? null : ComplianceStatus.valueOf(compliance),
                json.readValue(rs.getString("compliance_detail"), MAP), rs.getInt("compliance_attempts"),
                instant(rs, "compliance_next_at"), rs.getObject("meeting_id", UUID.class),
                rs.getObject("publicity_id", UUID.class), rs.getObject("publicity_ends_on", LocalDate.class),
                rs.getInt("unit_publicity_round"), rs.getString("outcome"), instant(rs, "reached_office_at"),
                instant(rs, "reached_department_at"), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getInt("version")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

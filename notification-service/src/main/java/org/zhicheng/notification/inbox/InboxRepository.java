package org.zhicheng.notification.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Table {@code inbox_item}. */
@Repository
class InboxRepository {

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, address_kind, address_id, type, template_values::text, link_type, link_id, source_event_id,
            created_at, read_at, read_by""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    InboxRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the item unless the inbox already has it (same type and dedupe key); answers whether it did. */
    boolean insertIfAbsent(InboxItem item, String dedupeKey) {
        return jdbc.sql("""
                INSERT INTO inbox_item (id, address_kind, address_id, type, template_values, link_type, link_id,
                    source_event_id, dedupe_key, created_at)
                VALUES (:id, :kind, :address, :type, CAST(:values AS jsonb), :linkType, :linkId, :event, :dedupe,
                    :createdAt)
                ON CONFLICT (address_kind, address_id, type, dedupe_key) DO NOTHING
                """)
                .param("id", item.id()).param("kind", item.address().kind().name())
                .param("address", item.address().id()).param("type", item.type().name())
                .param("values", json.writeValueAsString(item.values())).param("linkType", item.linkType())
                .param("linkId", item.linkId()).param("event", item.sourceEventId()).param("dedupe", dedupeKey)
                .param("createdAt", Timestamp.from(item.createdAt()))
                .update() == 1;
    }

    Optional<InboxItem> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inbox_item WHERE id = ?").param(id).query(this::row).optional();
    }

    /** One page of the items of these inboxes, newest first, and how many there are (unread only, if asked). */
    List<InboxItem> page(List<Address> addresses, boolean unreadOnly, int page, int size) {
        Where where = where(addresses, unreadOnly);
        return jdbc.sql("SELECT " + COLUMNS + " FROM inbox_item" + where.sql()
                + " ORDER BY created_at DESC, id LIMIT " + size + " OFFSET " + ((long) page * size))
                .params(where.params()).query(this::row).list();
    }

    long count(List<Address> addresses, boolean unreadOnly) {
        Where where = where(addresses, unreadOnly);
        return jdbc.sql("SELECT count(*) FROM inbox_item" + where.sql()).params(where.params()).query(Long.class)
                .single();
    }

    boolean markRead(UUID id, String reader, Instant at) {
        return jdbc.sql("UPDATE inbox_item SET read_at = ?, read_by = ? WHERE id = ? AND read_at IS NULL")
                .params(Timestamp.from(at), reader, id).update() == 1;
    }

    boolean markUnread(UUID id) {
        return jdbc.sql("UPDATE inbox_item SET read_at = NULL, read_by = NULL WHERE id = ? AND read_at IS NOT NULL")
                .params(id).update() == 1;
    }

    int markAllRead(List<Address> addresses, String reader, Instant at) {
        Where where = where(addresses, true);
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(at));
        params.add(reader);
        params.addAll(where.params());
        return jdbc.sql("UPDATE inbox_item SET read_at = ?, read_by = ?" + where.sql()).params(params).update();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(List<Address> addresses, boolean unreadOnly) {
        StringBuilder sql = new StringBuilder(" WHERE (");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append("(address_kind = ? AND address_id = ?)");
            params.add(addresses.get(i).kind().name());
            params.add(addresses.get(i).id());
        }
        sql.append(")");
        if (unreadOnly) {
            sql.append(" AND read_at IS NULL");
        }
        return new Where(sql.toString(), params);
    }

    private InboxItem row(ResultSet rs, int n) throws SQLException {
        return new InboxItem(rs.getObject("id", UUID.class),
                new Address(AddressKind.valueOf(rs.getString("address_kind")), rs.getString("address_id")),
                NoticeType.valueOf(rs.getString("type")), json.readValue(rs.getString("template_values"), VALUES),
                rs.getString("link_type"), rs.getString("link_id"), rs.getObject("source_event_id", UUID.class),
                instant(rs, "created_at"), instant(rs, "read_at"), rs.getString("read_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

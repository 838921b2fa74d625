package org.zhicheng.starter.testapp;

import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.Problems;

@Service
class ThingService {

    private final JdbcClient jdbc;
    private final Outbox outbox;

    ThingService(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    ThingController.ThingView create(String name, int size, String actor) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO thing (id, name, size, version) VALUES (?, ?, ?, 0)").params(id, name, size).update();
        outbox.append(StarterTestApplication.TOPIC, "ThingCreated", 1, id.toString(), actor,
                Map.of("thingId", id, "name", name, "size", size));
        return new ThingController.ThingView(id, name, size, 0);
    }

    ThingController.ThingView get(UUID id) {
        return jdbc.sql("SELECT id, name, size, version FROM thing WHERE id = ?")
            .param(id)
            .query((rs, n) -> new ThingController.ThingView(rs.getObject(1, UUID.class), rs.getString(2),
                    rs.getInt(3), rs.getLong(4)))
            .optional()
            .orElseThrow(() -> Problems.notFound("thing", id));
    }
}

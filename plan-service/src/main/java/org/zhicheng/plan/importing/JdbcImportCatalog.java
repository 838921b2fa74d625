package org.zhicheng.plan.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the catalog tables (owned by the catalog feature) for the import's name matching. */
@Component
class JdbcImportCatalog implements ImportCatalog {

    private final JdbcClient jdbc;

    JdbcImportCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Snapshot snapshot() {
        return new Snapshot(
                jdbc.sql("SELECT code, name_zh FROM series ORDER BY code")
                        .query((rs, n) -> new Series(rs.getString(1), rs.getString(2))).list(),
                jdbc.sql("SELECT code, series_code, level_code, name_zh FROM title ORDER BY code")
                        .query((rs, n) -> new Title(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4))).list(),
                jdbc.sql("SELECT code, series_code, name_zh FROM specialty ORDER BY code")
                        .query((rs, n) -> new Specialty(rs.getString(1), rs.getString(2), rs.getString(3))).list());
    }
}

package org.zhicheng.plan.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the active catalog entries and the title aliases (tables owned by the catalog feature) for the import's name
 * matching: a deactivated title is refused in new plans, so the import never names it.
 */
@Component
class JdbcImportCatalog implements ImportCatalog {

    private final JdbcClient jdbc;

    JdbcImportCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Snapshot snapshot() {
        return new Snapshot(
                jdbc.sql("SELECT code, name_zh FROM series WHERE active ORDER BY code")
                        .query((rs, n) -> new Series(rs.getString(1), rs.getString(2))).list(),
                jdbc.sql("SELECT code, series_code, level_code, name_zh FROM title WHERE active ORDER BY code")
                        .query((rs, n) -> new Title(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4))).list(),
                jdbc.sql("SELECT code, series_code, name_zh FROM specialty WHERE active ORDER BY code")
                        .query((rs, n) -> new Specialty(rs.getString(1), rs.getString(2), rs.getString(3))).list(),
                jdbc.sql("SELECT alias, title_code FROM title_alias ORDER BY alias")
                        .query((rs, n) -> new TitleAlias(rs.getString(1), rs.getString(2))).list());
    }
}

package org.zhicheng.plan.importing;

import java.util.List;

/** The port to the title catalog: the names the import matches cells against. */
public interface ImportCatalog {

    Snapshot snapshot();

    /** A title (职称) by code, series, level and Chinese name. */
    record Title(String code, String series, String level, String name) {
    }

    /** A specialty (专业) by code, series and Chinese name. */
    record Specialty(String code, String series, String name) {
    }

    /** A series (系列) by code and Chinese name. */
    record Series(String code, String name) {
    }

    /** An alternative name of a title as notices print it (三级舞美设计（设计）), maintained by the admin. */
    record TitleAlias(String alias, String title) {
    }

    /** The whole catalog as one consistent read. */
    record Snapshot(List<Series> series, List<Title> titles, List<Specialty> specialties, List<TitleAlias> aliases) {

        public Snapshot {
            series = List.copyOf(series);
            titles = List.copyOf(titles);
            specialties = List.copyOf(specialties);
            aliases = List.copyOf(aliases);
        }

        /** A catalog without aliases. */
        public Snapshot(List<Series> series, List<Title> titles, List<Specialty> specialties) {
            this(series, titles, specialties, List.of());
        }
    }
}

package org.zhicheng.application.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.zhicheng.starter.feign.RemoteCalls;
import org.zhicheng.starter.feign.RemoteProblemException;

/**
 * plan-service's title catalog, asked over Feign and remembered for {@code zhicheng.application.catalog.cache-ttl}
 * (the catalog changes a few times a year, by an administrator). A title plan-service does not know is empty.
 */
@Service
public class Catalog {

    private record Cached(Optional<TitleInfo> title, Instant until) {
    }

    private final CatalogClient client;
    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Cached> titles = new ConcurrentHashMap<>();

    Catalog(CatalogClient client, Clock clock,
            @Value("${zhicheng.application.catalog.cache-ttl:10m}") Duration ttl) {
        this.client = client;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The title by its catalog code; 503 {@code unavailable} when plan-service cannot be asked. */
    public Optional<TitleInfo> title(String code) {
        Instant now = clock.instant();
        Cached cached = titles.get(code);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.title();
        }
        Optional<TitleInfo> fresh = fetch(code);
        titles.put(code, new Cached(fresh, now.plus(ttl)));
        return fresh;
    }

    private Optional<TitleInfo> fetch(String code) {
        try {
            CatalogClient.Title title = RemoteCalls.call("plan", () -> client.title(code));
            CatalogClient.Series series = RemoteCalls.call("plan", () -> client.series(title.series()));
            return Optional.of(new TitleInfo(title.code(), title.nameZh(), title.series(), series.nameZh(),
                    title.level(), series.examOnly()));
        } catch (RemoteProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}

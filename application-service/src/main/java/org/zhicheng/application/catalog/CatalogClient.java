package org.zhicheng.application.catalog;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** plan-service's title catalog as this service reads it (tolerant: unknown fields ignored). */
@FeignClient(name = "catalog", url = "${zhicheng.application.clients.plan:http://127.0.0.1:8081}")
public interface CatalogClient {

    @GetMapping("/api/v1/catalog/titles/{code}")
    Title title(@PathVariable("code") String code);

    @GetMapping("/api/v1/catalog/series/{code}")
    Series series(@PathVariable("code") String code);

    record Title(String code, String series, String level, String nameZh, boolean active) {
    }

    record Series(String code, String nameZh, boolean examOnly, boolean active) {
    }
}

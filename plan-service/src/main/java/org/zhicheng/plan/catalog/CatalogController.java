package org.zhicheng.plan.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.starter.problem.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public, read-only title catalog. */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "catalog", description = "Title catalog (职称目录): series, specialties, levels, titles")
class CatalogController {

    private final CatalogRepository catalog;

    CatalogController(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/series")
    @Operation(summary = "All series with their specialties")
    List<SeriesView> series() {
        return catalog.allSeries();
    }

    @GetMapping("/series/{code}")
    @Operation(summary = "One series with its specialties")
    SeriesView series(@PathVariable String code) {
        return catalog.series(code).orElseThrow(() -> Problems.notFound("series", code));
    }

    @GetMapping("/levels")
    @Operation(summary = "The title levels, lowest first")
    List<LevelView> levels() {
        return catalog.levels();
    }

    @GetMapping("/titles")
    @Operation(summary = "Titles, optionally of one series and/or level")
    List<TitleView> titles(@RequestParam(required = false) String series,
            @RequestParam(required = false) String level) {
        return catalog.titles(series, level);
    }
}

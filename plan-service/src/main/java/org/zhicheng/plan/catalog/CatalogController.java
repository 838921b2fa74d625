package org.zhicheng.plan.catalog;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The title catalog: public reads; writes by {@code admin} only (401 without a token, 403 for other roles). */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "catalog", description = "Title catalog (职称目录): series, specialties, levels, titles")
class CatalogController {

    private final CatalogRepository catalog;
    private final CatalogAdmin admin;

    CatalogController(CatalogRepository catalog, CatalogAdmin admin) {
        this.catalog = catalog;
        this.admin = admin;
    }

    @PostMapping("/series")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a series (admin); 409 series.exists for a taken code")
    SeriesView createSeries(@Valid @RequestBody CatalogRequests.NewSeries body,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return admin.createSeries(body, user);
    }

    @PutMapping("/series/{code}")
    @Operation(summary = "Change a series' names, exam-only flag or active flag (admin)")
    SeriesView updateSeries(@PathVariable String code, @Valid @RequestBody CatalogRequests.SeriesChange body,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return admin.updateSeries(code, body, user);
    }

    @DeleteMapping("/series/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a series without titles or specialties (admin); 409 series.in-use otherwise")
    void deleteSeries(@PathVariable String code, @AuthenticationPrincipal ZhichengPrincipal user) {
        admin.deleteSeries(code, user);
    }

    @PostMapping("/series/{code}/specialties")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a specialty to a series (admin); codes are unique across series")
    SpecialtyView createSpecialty(@PathVariable String code, @Valid @RequestBody CatalogRequests.NewSpecialty body,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return admin.createSpecialty(code, body, user);
    }

    @PutMapping("/specialties/{code}")
    @Operation(summary = "Rename or (de)activate a specialty (admin)")
    SpecialtyView updateSpecialty(@PathVariable String code,
            @Valid @RequestBody CatalogRequests.SpecialtyChange body,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return admin.updateSpecialty(code, body, user);
    }

    @DeleteMapping("/specialties/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a specialty no plan names (admin); 409 specialty.in-use otherwise — deactivate it")
    void deleteSpecialty(@PathVariable String code, @AuthenticationPrincipal ZhichengPrincipal user) {
        admin.deleteSpecialty(code, user);
    }

    @PostMapping("/titles")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a title of a series at a level (admin); both must exist (400 naming the field)")
    TitleView createTitle(@Valid @RequestBody CatalogRequests.NewTitle body,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return admin.createTitle(body, user);
    }

    @GetMapping("/titles/{code}")
    @Operation(summary = "One title")
    TitleView title(@PathVariable String code) {
        return catalog.title(code).orElseThrow(() -> Problems.notFound("title", code));
    }

    @PutMapping("/titles/{code}")
    @Operation(summary = "Change a title's series, level, name or active flag (admin)")
    TitleView updateTitle(@PathVariable String code, @Valid @RequestBody CatalogRequests.TitleChange body,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return admin.updateTitle(code, body, user);
    }

    @DeleteMapping("/titles/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a title no plan names (admin); 409 title.in-use otherwise — deactivate it")
    void deleteTitle(@PathVariable String code, @AuthenticationPrincipal ZhichengPrincipal user) {
        admin.deleteTitle(code, user);
    }

    @GetMapping("/title-aliases")
    @Operation(summary = "Other names of titles as notices print them, which the plan import reads as the title")
    List<TitleAliasView> titleAliases() {
        return catalog.titleAliases();
    }

    @PostMapping("/title-aliases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add another name of a title (admin); 409 title-alias.exists for a taken alias")
    TitleAliasView createTitleAlias(@Valid @RequestBody CatalogRequests.NewTitleAlias body,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return admin.createTitleAlias(body, user);
    }

    @DeleteMapping("/title-aliases/{alias}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove another name of a title (admin)")
    void deleteTitleAlias(@PathVariable String alias, @AuthenticationPrincipal ZhichengPrincipal user) {
        admin.deleteTitleAlias(alias, user);
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

package org.zhicheng.plan.catalog;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.starter.problem.FieldProblem;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * The admin's maintenance of the catalog. Codes are unique; a title's series and level and a specialty's series must
 * exist (400 naming the field); something a plan names is never removed (409 {@code <resource>.in-use}), it is
 * deactivated instead ({@code active: false}), which keeps old plans readable and refuses the code in new ones.
 */
@Service
@Transactional
class CatalogAdmin {

    private final CatalogRepository catalog;

    CatalogAdmin(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    SeriesView createSeries(CatalogRequests.NewSeries request, ZhichengPrincipal user) {
        requireAdmin(user);
        if (!catalog.insertSeries(request)) {
            throw Problems.conflict("series.exists", request.code());
        }
        return catalog.series(request.code()).orElseThrow();
    }

    SeriesView updateSeries(String code, CatalogRequests.SeriesChange request, ZhichengPrincipal user) {
        requireAdmin(user);
        if (!catalog.updateSeries(code, request)) {
            throw Problems.notFound("series", code);
        }
        return catalog.series(code).orElseThrow();
    }

    void deleteSeries(String code, ZhichengPrincipal user) {
        requireAdmin(user);
        if (!catalog.seriesExists(code)) {
            throw Problems.notFound("series", code);
        }
        if (catalog.seriesHasMembers(code)) {
            throw Problems.conflict("series.in-use", code);
        }
        catalog.deleteSeries(code);
    }

    SpecialtyView createSpecialty(String series, CatalogRequests.NewSpecialty request, ZhichengPrincipal user) {
        requireAdmin(user);
        if (!catalog.seriesExists(series)) {
            throw Problems.notFound("series", series);
        }
        if (!catalog.insertSpecialty(series, request)) {
            throw Problems.conflict("specialty.exists", request.code());
        }
        return catalog.specialty(request.code()).orElseThrow();
    }

    SpecialtyView updateSpecialty(String code, CatalogRequests.SpecialtyChange request, ZhichengPrincipal user) {
        requireAdmin(user);
        if (!catalog.updateSpecialty(code, request)) {
            throw Problems.notFound("specialty", code);
        }
        return catalog.specialty(code).orElseThrow();
    }

    void deleteSpecialty(String code, ZhichengPrincipal user) {
        requireAdmin(user);
        if (catalog.specialty(code).isEmpty()) {
            throw Problems.notFound("specialty", code);
        }
        if (catalog.specialtyInUse(code)) {
            throw Problems.conflict("specialty.in-use", code);
        }
        catalog.deleteSpecialty(code);
    }

    TitleView createTitle(CatalogRequests.NewTitle request, ZhichengPrincipal user) {
        requireAdmin(user);
        requireSeriesAndLevel(request.series(), request.level());
        if (!catalog.insertTitle(request)) {
            throw Problems.conflict("title.exists", request.code());
        }
        return catalog.title(request.code()).orElseThrow();
    }

    TitleView updateTitle(String code, CatalogRequests.TitleChange request, ZhichengPrincipal user) {
        requireAdmin(user);
        if (catalog.title(code).isEmpty()) {
            throw Problems.notFound("title", code);
        }
        requireSeriesAndLevel(request.series(), request.level());
        try {
            catalog.updateTitle(code, request);
        } catch (DuplicateKeyException taken) {
            // (series, name) is unique: two titles of one series never share a name
            throw Problems.conflict("title.exists", request.nameZh());
        }
        return catalog.title(code).orElseThrow();
    }

    void deleteTitle(String code, ZhichengPrincipal user) {
        requireAdmin(user);
        if (catalog.title(code).isEmpty()) {
            throw Problems.notFound("title", code);
        }
        if (catalog.titleInUse(code)) {
            throw Problems.conflict("title.in-use", code);
        }
        catalog.deleteTitle(code);
    }

    /**
     * An alias of an existing title (400 naming {@code title} otherwise); 409 {@code title-alias.exists} when the
     * alias names a title already, and a title's own name is no alias (400 naming {@code alias}).
     */
    TitleAliasView createTitleAlias(CatalogRequests.NewTitleAlias request, ZhichengPrincipal user) {
        requireAdmin(user);
        TitleView title = catalog.title(request.title()).orElseThrow(() -> Problems
                .badRequest("plan.unknown-title", request.title())
                .withErrors(List.of(new FieldProblem("title", "plan.unknown-title", "no title " + request.title()))));
        if (title.nameZh().equals(request.alias().strip())) {
            throw Problems.badRequest("title-alias.own-name", request.alias())
                    .withErrors(List.of(new FieldProblem("alias", "title-alias.own-name", "the title's own name")));
        }
        if (!catalog.insertTitleAlias(request)) {
            throw Problems.conflict("title-alias.exists", request.alias());
        }
        return catalog.titleAlias(request.alias().strip()).orElseThrow();
    }

    void deleteTitleAlias(String alias, ZhichengPrincipal user) {
        requireAdmin(user);
        if (!catalog.deleteTitleAlias(alias)) {
            throw Problems.notFound("title-alias", alias);
        }
    }

    private void requireSeriesAndLevel(String series, String level) {
        if (!catalog.seriesExists(series)) {
            throw Problems.badRequest("catalog.unknown-series", series)
                    .withErrors(List.of(new FieldProblem("series", "catalog.unknown-series",
                            "no series " + series)));
        }
        if (!catalog.levelExists(level)) {
            throw Problems.badRequest("catalog.unknown-level", level)
                    .withErrors(List.of(new FieldProblem("level", "catalog.unknown-level", "no level " + level)));
        }
    }

    private static void requireAdmin(ZhichengPrincipal user) {
        if (user == null || !user.hasRole(Roles.ADMIN)) {
            throw Problems.forbidden("catalog.role-required", Roles.ADMIN);
        }
    }
}

package org.zhicheng.plan.search;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.plan.plan.PlanProperties;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The portals' anonymous search over the items of published plans, and the read of one public item. */
@RestController
@Tag(name = "plan-items", description = "Search of published plan items for portals, and one published or closed "
        + "item by id (anonymous)")
class PlanItemSearchController {

    private static final Pattern REGION = Pattern.compile("\\d{2}(\\d{2}){0,2}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    private final PlanItemSearchRepository search;
    private final int maxPageSize;

    PlanItemSearchController(PlanItemSearchRepository search, PlanProperties properties) {
        this.search = search;
        this.maxPageSize = properties.maxPageSize();
    }

    @GetMapping("/api/v1/plan-items")
    @Operation(summary = "Items of published plans, filtered and paged; ordered by year (newest first), region, "
            + "plan and position")
    PageView<PlanItemHit> search(
            @RequestParam(required = false) Integer year,
            @Parameter(description = "GB/T 2260 code; matches the region, its parents and its children")
            @RequestParam(required = false) String region,
            @Parameter(description = "series code, e.g. ENGINEERING") @RequestParam(required = false) String series,
            @Parameter(description = "specialty code, e.g. MECHATRONICS") @RequestParam(required = false)
            String specialty,
            @Parameter(description = "level code of a title the item evaluates or recommends, e.g. INTERMEDIATE")
            @RequestParam(required = false) String level,
            @Parameter(description = "committee id, or part of the committee's name")
            @RequestParam(required = false) String committee,
            @Parameter(description = "open for individual applications on this day")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openOn,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageView.requireValid(page, size, maxPageSize);
        requireMatch("region", region, REGION);
        requireMatch("series", series, CODE);
        requireMatch("specialty", specialty, CODE);
        requireMatch("level", level, CODE);
        if (year != null && (year < 2000 || year > 2100)) {
            throw Problems.badRequest("plan-items.invalid-filter", "year", year);
        }
        PlanItemQuery query = new PlanItemQuery(year, blankToNull(region), blankToNull(series),
                blankToNull(specialty), blankToNull(level), blankToNull(committee), openOn, page, size);
        PlanItemSearchRepository.Page found = search.search(query);
        return PageView.of(found.hits(), page, size, found.total());
    }

    /**
     * For readers that keep their own copy of published items (application-service, from {@code PlanPublished},
     * {@code PlanDeadlineChanged} and {@code PlanClosed}) and ask only for an item they never saw. Closed plans'
     * items stay readable — an application under them still names them — while an unpublished item is 404 like an
     * unknown id, so its existence is not revealed.
     */
    @GetMapping("/api/v1/plan-items/{id}")
    @Operation(summary = "One item of a published or closed plan, with its plan's state and staged dates; 404 "
            + "plan-item.not-found for an unknown id and for items of plans not published")
    PlanItemDetail get(@Parameter(description = "the plan item's id (UUID)") @PathVariable UUID id) {
        return search.find(id).orElseThrow(() -> Problems.notFound("plan-item", id));
    }

    private static void requireMatch(String name, String value, Pattern pattern) {
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            throw Problems.badRequest("plan-items.invalid-filter", name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

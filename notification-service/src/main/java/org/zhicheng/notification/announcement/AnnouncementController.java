package org.zhicheng.notification.announcement;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public announcements, newest first. */
@RestController
@RequestMapping("/api/v1/announcements")
@Tag(name = "announcements", description = "Public announcements (公告), e.g. plan notices (评审公告)")
class AnnouncementController {

    private static final int MAX_PAGE_SIZE = 100;

    private final AnnouncementService announcements;

    AnnouncementController(AnnouncementService announcements) {
        this.announcements = announcements;
    }

    @GetMapping
    @Operation(summary = "Announcements; region matches that region and the regions under it (33 → 3306 → 330604)")
    PageView<AnnouncementView> list(@RequestParam(required = false) String region,
            @RequestParam(required = false) AnnouncementKind kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (region != null && !region.matches("\\d{2}(\\d{2}){0,2}")) {
            throw Problems.badRequest("region.invalid", region);
        }
        PageView.requireValid(page, size, MAX_PAGE_SIZE);
        return announcements.search(region, kind, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One announcement")
    AnnouncementView get(@PathVariable UUID id) {
        return announcements.find(id).orElseThrow(() -> Problems.notFound("announcement", id));
    }
}

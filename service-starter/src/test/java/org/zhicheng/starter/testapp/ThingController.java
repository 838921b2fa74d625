package org.zhicheng.starter.testapp;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.ETags;

@RestController
class ThingController {

    record CreateThing(@NotBlank String name, @Min(1) int size) {
    }

    record ThingView(UUID id, String name, int size, long version) {
    }

    private final ThingService things;

    ThingController(ThingService things) {
        this.things = things;
    }

    @PostMapping("/api/v1/things")
    ResponseEntity<ThingView> create(@Valid @RequestBody CreateThing request,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        ThingView created = things.create(request.name(), request.size(), user.subject());
        return ResponseEntity.created(URI.create("/api/v1/things/" + created.id()))
            .eTag(ETags.of(created.version()))
            .body(created);
    }

    @GetMapping("/api/v1/things/{id}")
    ThingView get(@PathVariable UUID id) {
        return things.get(id);
    }

    @GetMapping("/api/v1/me")
    ZhichengPrincipal me(@AuthenticationPrincipal ZhichengPrincipal user) {
        return user;
    }

    @GetMapping("/api/v1/bureau-only")
    @PreAuthorize("hasRole('hr-bureau')")
    Map<String, String> bureauOnly(@AuthenticationPrincipal ZhichengPrincipal user) {
        return Map.of("region", user.region());
    }

    @PostMapping("/api/v1/public/objections")
    ResponseEntity<Map<String, Object>> object(@RequestBody Map<String, Object> objection,
            @AuthenticationPrincipal ZhichengPrincipal user) {
        return ResponseEntity.accepted().body(Map.of("anonymous", user == null));
    }

    @GetMapping("/api/v1/public/hello")
    Map<String, Object> hello(@AuthenticationPrincipal ZhichengPrincipal user) {
        return Map.of("anonymous", user == null);
    }
}

package org.zhicheng.notification.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.notification.webhook.SubscriptionRepository.Subscription;
import org.zhicheng.notification.webhook.WebhookDeliveryRepository.Delivery;
import org.zhicheng.notification.webhook.WebhookDeliveryRepository.Status;
import org.zhicheng.notification.webhook.WebhookService.DeliveryPage;
import org.zhicheng.notification.webhook.WebhookService.WithSecret;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "webhooks", description = "Signed event deliveries to the provincial platform's URLs, in order per "
        + "subject, retried, dead-lettered and replayable")
class WebhookController {

    private static final int MAX_PAGE_SIZE = 100;

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    record SubscriptionRequest(
            @Schema(example = "https://zcps.rlsbt.zj.gov.cn/hooks/zhicheng") @NotBlank @Size(max = 2000) String url,
            @Schema(example = "[\"PlanPublished\", \"PublicityClosed\"]") @NotEmpty @Size(max = 20)
            List<@NotBlank @Size(max = 60) String> eventTypes,
            @Size(max = 500) String description,
            @Schema(description = "false pauses it: new events are not queued, queued ones wait; default true")
            Boolean active) {
    }

    @Schema(description = "A subscription; secret only in the answer that made or rotated it: keep it, it signs "
            + "every delivery (Zhicheng-Signature: v1=HMAC-SHA256(secret, timestamp + \".\" + body))")
    record SubscriptionView(UUID id, String url, List<String> eventTypes, String description, boolean active,
            String secret, Instant createdAt, Instant updatedAt) {
    }

    @Schema(description = "A delivery: PENDING, FAILED (tried again at nextAttemptAt), DELIVERED or DEAD (after the "
            + "last attempt; replay it)")
    record DeliveryView(UUID id, long sequence, UUID eventId, String eventType, String subject, Status status,
            int attempts, Instant nextAttemptAt, Integer lastStatusCode, String lastError, Instant createdAt,
            Instant deliveredAt, Instant deadAt) {
    }

    record ReplayedView(int replayed) {
    }

    @GetMapping("/event-types")
    @Operation(summary = "The event types a client may subscribe to",
            description = "403 webhook.role-required for other roles than the platform and admins.")
    List<String> eventTypes(@AuthenticationPrincipal ZhichengPrincipal user) {
        webhooks.mine(user);
        return List.copyOf(WebhookEventTypes.all());
    }

    @PostMapping
    @Operation(summary = "Subscribe a URL to event types: the platform (client credentials) or an admin",
            description = "201 + Location; the answer carries the signing secret this once. 422 webhook.url-not-public "
                    + "(rule OWASP-API7) for a URL resolving to a loopback, private or link-local address; 400 "
                    + "webhook.url-invalid (not an absolute http(s) URL, user info or fragment), "
                    + "webhook.event-type-unknown, validation.failed; 409 webhook.too-many; 403 webhook.role-required.")
    ResponseEntity<SubscriptionView> subscribe(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestBody SubscriptionRequest body) {
        WithSecret made = webhooks.subscribe(body.url(), body.eventTypes(), body.description(), user);
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + made.subscription().id()))
                .body(view(made.subscription(), made.secret()));
    }

    @GetMapping
    @Operation(summary = "The caller's subscriptions", description = "403 webhook.role-required.")
    List<SubscriptionView> list(@AuthenticationPrincipal ZhichengPrincipal user) {
        return webhooks.mine(user).stream().map(s -> view(s, null)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's subscriptions",
            description = "404 webhook.not-found (also for another client's); 403 webhook.role-required.")
    SubscriptionView get(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        return view(webhooks.find(id, user), null);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a subscription's URL, event types, description or pause it",
            description = "422 webhook.url-not-public; 400; 409 concurrent-update; 404 webhook.not-found; 403.")
    SubscriptionView update(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody SubscriptionRequest body) {
        return view(webhooks.update(id, body.url(), body.eventTypes(), body.description(),
                body.active() == null || body.active(), user), null);
    }

    @PostMapping("/{id}/secret")
    @Operation(summary = "Rotate the signing secret: the new one signs from now on, given back this once",
            description = "404 webhook.not-found; 403.")
    SubscriptionView rotate(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        WithSecret rotated = webhooks.rotate(id, user);
        return view(rotated.subscription(), rotated.secret());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Unsubscribe (its deliveries go with it)", description = "404 webhook.not-found; 403.")
    ResponseEntity<Void> delete(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        webhooks.delete(id, user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The subscription's deliveries, newest first (status to filter)",
            description = "404 webhook.not-found; 403; 400 paging.invalid.")
    PageView<DeliveryView> deliveries(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @RequestParam(required = false) Status status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PageView.requireValid(page, size, MAX_PAGE_SIZE);
        DeliveryPage found = webhooks.deliveries(id, status, page, size, user);
        return PageView.of(found.deliveries().stream().map(WebhookController::view).toList(), page, size,
                found.total());
    }

    @GetMapping("/{id}/dead-letters")
    @Operation(summary = "The dead-lettered deliveries (those given up after the last attempt)",
            description = "404 webhook.not-found; 403; 400 paging.invalid.")
    PageView<DeliveryView> deadLetters(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return deliveries(user, id, Status.DEAD, page, size);
    }

    @PostMapping("/{id}/dead-letters/{deliveryId}/replay")
    @Operation(summary = "Replay one dead-lettered delivery (queued again with fresh attempts)",
            description = "409 webhook-delivery.wrong-state unless DEAD; 404 webhook.not-found / "
                    + "webhook-delivery.not-found; 403.")
    DeliveryView replay(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @PathVariable UUID deliveryId) {
        return view(webhooks.replay(id, deliveryId, user));
    }

    @PostMapping("/{id}/dead-letters/replay")
    @Operation(summary = "Replay every dead-lettered delivery of the subscription",
            description = "404 webhook.not-found; 403.")
    ReplayedView replayAll(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        return new ReplayedView(webhooks.replayAll(id, user));
    }

    private static SubscriptionView view(Subscription s, String secret) {
        return new SubscriptionView(s.id(), s.url(), s.eventTypes(), s.description(), s.active(), secret,
                s.createdAt(), s.updatedAt());
    }

    private static DeliveryView view(Delivery d) {
        boolean waiting = d.status() == Status.PENDING || d.status() == Status.FAILED;
        return new DeliveryView(d.id(), d.seq(), d.eventId(), d.eventType(), d.subject(), d.status(), d.attempts(),
                waiting ? d.nextAttemptAt() : null, d.lastStatusCode(), d.lastError(), d.createdAt(),
                d.deliveredAt(), d.deadAt());
    }
}

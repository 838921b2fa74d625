package org.zhicheng.notification.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.notification.webhook.SubscriptionRepository.Subscription;
import org.zhicheng.notification.webhook.WebhookDeliveryRepository.Delivery;
import org.zhicheng.notification.webhook.WebhookDeliveryRepository.Status;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Use cases of webhook subscriptions. A subscription belongs to the client that made it (the token's user, e.g.
 * {@code service-account-platform}); another client's is not found. Only the roles of
 * {@code zhicheng.notification.webhooks.owners} (the platform, admins) subscribe at all.
 */
@Service
class WebhookService {

    private final SubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookUrlPolicy urls;
    private final SecretBox secrets;
    private final WebhookProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    WebhookService(SubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries, WebhookUrlPolicy urls,
            SecretBox secrets, WebhookProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.urls = urls;
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
    }

    /** A subscription with its secret in clear: given back once, when made or rotated. */
    record WithSecret(Subscription subscription, String secret) {
    }

    @Transactional
    WithSecret subscribe(String url, List<String> eventTypes, String description, ZhichengPrincipal user) {
        String owner = requireOwner(user);
        if (subscriptions.countOf(owner) >= properties.maxSubscriptions()) {
            throw Problems.conflict("webhook.too-many", properties.maxSubscriptions());
        }
        String checked = urls.check(url).toString();
        Instant now = clock.instant();
        String secret = newSecret();
        Subscription subscription = new Subscription(UUID.randomUUID(), owner, checked, types(eventTypes),
                blankToNull(description), secrets.seal(secret), true, 0, now, now);
        subscriptions.insert(subscription);
        return new WithSecret(subscription, secret);
    }

    @Transactional
    Subscription update(UUID id, String url, List<String> eventTypes, String description, boolean active,
            ZhichengPrincipal user) {
        Subscription current = require(id, user);
        String checked = urls.check(url).toString();
        Subscription changed = new Subscription(id, current.owner(), checked, types(eventTypes),
                blankToNull(description), current.sealedSecret(), active, current.version() + 1,
                current.createdAt(), clock.instant());
        if (!subscriptions.update(changed, current.version())) {
            throw Problems.conflict("concurrent-update");
        }
        return changed;
    }

    /** A new secret; the old one stops signing at once. */
    @Transactional
    WithSecret rotate(UUID id, ZhichengPrincipal user) {
        Subscription current = require(id, user);
        String secret = newSecret();
        Subscription changed = new Subscription(id, current.owner(), current.url(), current.eventTypes(),
                current.description(), secrets.seal(secret), current.active(), current.version() + 1,
                current.createdAt(), clock.instant());
        if (!subscriptions.update(changed, current.version())) {
            throw Problems.conflict("concurrent-update");
        }
        return new WithSecret(changed, secret);
    }

    @Transactional
    void delete(UUID id, ZhichengPrincipal user) {
        Subscription current = require(id, user);
        subscriptions.delete(current.id(), current.owner());
    }

    @Transactional(readOnly = true)
    List<Subscription> mine(ZhichengPrincipal user) {
        return subscriptions.ofOwner(requireOwner(user));
    }

    @Transactional(readOnly = true)
    Subscription find(UUID id, ZhichengPrincipal user) {
        return require(id, user);
    }

    /** One page of a subscription's deliveries of a status (null: any), newest first. */
    record DeliveryPage(List<Delivery> deliveries, long total) {
    }

    @Transactional(readOnly = true)
    DeliveryPage deliveries(UUID id, Status status, int page, int size, ZhichengPrincipal user) {
        require(id, user);
        return new DeliveryPage(deliveries.page(id, status, page, size), deliveries.count(id, status));
    }

    /** Puts a dead-lettered delivery back in the queue; 404 when it is not this subscription's, 409 unless dead. */
    @Transactional
    Delivery replay(UUID id, UUID deliveryId, ZhichengPrincipal user) {
        require(id, user);
        Delivery delivery = deliveries.find(id, deliveryId)
                .orElseThrow(() -> Problems.notFound("webhook-delivery", deliveryId));
        if (!deliveries.replay(id, deliveryId, clock.instant())) {
            throw Problems.wrongState("webhook-delivery", delivery.status(), "replay");
        }
        return deliveries.find(id, deliveryId).orElseThrow();
    }

    @Transactional
    int replayAll(UUID id, ZhichengPrincipal user) {
        require(id, user);
        return deliveries.replayAll(id, clock.instant());
    }

    private Subscription require(UUID id, ZhichengPrincipal user) {
        String owner = requireOwner(user);
        return subscriptions.find(id).filter(s -> s.owner().equals(owner))
                .orElseThrow(() -> Problems.notFound("webhook", id));
    }

    private String requireOwner(ZhichengPrincipal user) {
        if (properties.owners().stream().noneMatch(user::hasRole)) {
            throw Problems.forbidden("webhook.role-required", String.join(", ", properties.owners()));
        }
        return user.actor();
    }

    private static List<String> types(List<String> requested) {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (String type : requested) {
            String name = type.strip();
            if (!WebhookEventTypes.subscribable(name)) {
                throw Problems.badRequest("webhook.event-type-unknown", name, String.join(", ",
                        WebhookEventTypes.all()));
            }
            types.add(name);
        }
        return List.copyOf(types);
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.zhicheng.notification.delivery;

import java.util.UUID;

/** The SMS provider (短信平台) as this service uses it. */
public interface SmsGateway {

    /**
     * Sends {@code text} to {@code mobile}; answers the provider's message id.
     *
     * @param deliveryId sent as the request's idempotency key, so a retried send is not sent twice by the provider
     * @throws DeliveryFailure when it was not sent
     */
    String send(UUID deliveryId, String mobile, String text);
}

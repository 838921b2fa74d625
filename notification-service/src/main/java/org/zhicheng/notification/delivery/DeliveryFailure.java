package org.zhicheng.notification.delivery;

/**
 * A delivery attempt failed: {@code permanent} when trying again cannot help (the provider refused the number or
 * address), else it is tried again after a backoff.
 */
public class DeliveryFailure extends RuntimeException {

    private final boolean permanent;

    public DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause, false, false);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}

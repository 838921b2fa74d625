package org.zhicheng.stack;

import java.util.List;

/** One of the platform's applications as the stack runs it: module, database, port and client id. */
record StackService(String name, String module, String database) {

    /** Sends e-mail through the stack's mail server and SMS to the log (see LocalStack's command line). */
    static final StackService NOTIFICATION = new StackService("notification", "notification-service", "notification");

    /** The five services, in the order they are listed; the gateway comes last and has no database. */
    static final List<StackService> SERVICES = List.of(
            new StackService("plan", "plan-service", "plan"),
            new StackService("application", "application-service", "application"),
            new StackService("committee", "committee-service", "committee"),
            new StackService("education", "education-service", "education"),
            NOTIFICATION);

    static final StackService GATEWAY = new StackService("gateway", "gateway", null);

    /** The Keycloak client the service authenticates as (realm {@code zhicheng}); demo secrets only. */
    String clientId() {
        return module;
    }

    String clientSecret() {
        return module + "-secret";
    }
}

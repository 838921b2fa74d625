package org.zhicheng.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/** The request id rules: which incoming ids are accepted and where the current one (and the caller's path) is kept. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** Exchange attribute holding the id; mutated exchanges (forwards to the fallback) share it. */
    public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    /**
     * Exchange attribute holding the path the caller asked for: routing and fallback forwards rewrite the request,
     * but problems must name what the caller sent.
     */
    public static final String CALLER_PATH_ATTRIBUTE = RequestIds.class.getName() + ".callerPath";

    // Long enough for UUIDs and the usual trace-id formats, short and plain enough to be harmless in logs and headers.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** The caller's id when it is safe, else a fresh UUID: a bad id is replaced, never trimmed or escaped. */
    public static String acceptOrGenerate(String incoming) {
        if (incoming != null && SAFE.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }

    /** The path the caller sent (before any rewrite), or the current path before {@link RequestIdFilter} has run. */
    public static String callerPath(ServerWebExchange exchange) {
        String path = exchange.getAttribute(CALLER_PATH_ATTRIBUTE);
        return path != null ? path : exchange.getRequest().getPath().value();
    }

    /** The id of the exchange, or null before {@link RequestIdFilter} has run. */
    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }
}

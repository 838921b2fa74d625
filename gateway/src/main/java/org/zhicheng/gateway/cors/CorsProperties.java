package org.zhicheng.gateway.cors;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portals' CORS policy ({@code zhicheng.gateway.cors.*}).
 *
 * @param allowedOrigins exact origins of the portal front ends
 * @param allowedMethods methods a portal may use
 * @param allowedHeaders request headers a portal may send
 * @param exposedHeaders response headers a portal's scripts may read
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties("zhicheng.gateway.cors")
public record CorsProperties(
        @DefaultValue({"http://localhost:5173", "http://127.0.0.1:5173"}) List<String> allowedOrigins,
        @DefaultValue({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}) List<String> allowedMethods,
        @DefaultValue({"Authorization", "Content-Type", "Accept", "Accept-Language", "Idempotency-Key", "If-Match",
                "If-None-Match", "X-Request-Id"}) List<String> allowedHeaders,
        @DefaultValue({"ETag", "Location", "X-Request-Id", "Retry-After"}) List<String> exposedHeaders,
        @DefaultValue("1h") Duration maxAge) {
}

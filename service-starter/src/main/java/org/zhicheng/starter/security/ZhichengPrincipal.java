package org.zhicheng.starter.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The authenticated caller as the services see it, mapped from a Keycloak access token: {@code subject} ({@code sub}),
 * {@code username} ({@code preferred_username}), realm {@code roles}, and the scope claims {@code region} (GB/T 2260
 * code), {@code unit}, {@code committees} and {@code person}. Claims a user does not have are null or empty.
 * Controllers take it with {@code @AuthenticationPrincipal ZhichengPrincipal user}.
 */
public record ZhichengPrincipal(String subject, String username, Set<String> roles, String region, String unit,
        Set<String> committees, String person) implements Serializable {

    public ZhichengPrincipal {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        committees = committees == null ? Set.of() : Set.copyOf(committees);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the user's region is {@code code} or one of its parents: {@code 33} covers {@code 3306} covers
     * {@code 330604}. A user without a region covers nothing; a null or blank code is covered by nobody.
     */
    public boolean coversRegion(String code) {
        if (region == null || region.isBlank() || code == null || code.isBlank()) {
            return false;
        }
        return code.startsWith(region);
    }

    public boolean isMember(String committee) {
        return committee != null && committees.contains(committee);
    }

    /**
     * Another service calling with its client-credentials token: the realm role {@link Roles#SERVICE}, which only the
     * service clients' accounts carry, and no role of the platform's people.
     */
    public boolean isServiceAccount() {
        return hasRole(Roles.SERVICE) && roles.stream().noneMatch(Roles.ALL::contains);
    }

    /**
     * The service account of the client {@code clientId} (e.g. {@code notification-service}): a caller another service
     * trusts with a read or a step that no person of the platform may take.
     */
    public boolean isServiceAccountOf(String clientId) {
        return clientId != null && !clientId.isBlank() && isServiceAccount()
                && ("service-account-" + clientId).equals(username);
    }

    /** Who did something, as recorded: the username, else the token's subject. */
    public String actor() {
        return username != null ? username : subject;
    }
}

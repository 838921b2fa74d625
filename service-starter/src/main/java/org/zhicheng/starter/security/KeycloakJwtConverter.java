package org.zhicheng.starter.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps a validated Keycloak access token to a {@link ZhichengAuthentication}: realm roles from
 * {@code realm_access.roles} become {@code ROLE_<role>} authorities, the scope claims fill the principal.
 */
public class KeycloakJwtConverter implements Converter<Jwt, ZhichengAuthentication> {

    @Override
    public ZhichengAuthentication convert(Jwt jwt) {
        ZhichengPrincipal principal = principal(jwt);
        List<GrantedAuthority> authorities = principal.roles()
            .stream()
            .sorted()
            .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
            .toList();
        return new ZhichengAuthentication(principal, jwt, authorities);
    }

    /** The principal a token describes; missing claims become null or empty, never an error. */
    public static ZhichengPrincipal principal(Jwt jwt) {
        Set<String> roles = Set.of();
        if (jwt.getClaim("realm_access") instanceof Map<?, ?> realmAccess) {
            roles = strings(realmAccess.get("roles"));
        }
        return new ZhichengPrincipal(jwt.getSubject(), jwt.getClaimAsString("preferred_username"), roles,
                jwt.getClaimAsString("region"), jwt.getClaimAsString("unit"), strings(jwt.getClaim("committees")),
                jwt.getClaimAsString("person"));
    }

    // Keycloak writes a multivalued attribute as an array, a single value (depending on the mapper) as a string
    private static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> items) {
            items.stream().filter(item -> item != null).forEach(item -> values.add(item.toString()));
        }
        else if (claim instanceof String single && !single.isBlank()) {
            values.add(single);
        }
        return values;
    }
}

package org.zhicheng.starter.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakJwtConverterTest {

    private final KeycloakJwtConverter converter = new KeycloakJwtConverter();

    private static Jwt.Builder keycloakToken() {
        return Jwt.withTokenValue("token")
            .header("alg", "RS256")
            .issuer("http://127.0.0.1:8180/realms/zhicheng")
            .subject("4f1c0a53-0000-4000-8000-000000000001")
            .issuedAt(Instant.parse("2026-11-22T00:00:00Z"))
            .expiresAt(Instant.parse("2026-11-22T00:05:00Z"));
    }

    @Test
    void mapsRealmRolesToRoleAuthoritiesAndClaimsToThePrincipal() {
        Jwt jwt = keycloakToken().claim("preferred_username", "office-sx")
            .claim("realm_access", Map.of("roles", List.of("committee-office", "offline_access")))
            .claim("resource_access", Map.of("account", Map.of("roles", List.of("manage-account"))))
            .claim("region", "3306")
            .claim("unit", "unit-1")
            .claim("committees", List.of("sx-engineering", "sx-health"))
            .claim("person", "p-1")
            .build();

        ZhichengAuthentication authentication = converter.convert(jwt);

        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
            .containsExactlyInAnyOrder("ROLE_committee-office", "ROLE_offline_access");
        ZhichengPrincipal principal = authentication.getPrincipal();
        assertThat(principal.subject()).isEqualTo("4f1c0a53-0000-4000-8000-000000000001");
        assertThat(principal.username()).isEqualTo("office-sx");
        assertThat(principal.region()).isEqualTo("3306");
        assertThat(principal.unit()).isEqualTo("unit-1");
        assertThat(principal.committees()).containsExactlyInAnyOrder("sx-engineering", "sx-health");
        assertThat(principal.person()).isEqualTo("p-1");
        assertThat(principal.hasRole(Roles.COMMITTEE_OFFICE)).isTrue();
        assertThat(authentication.getName()).isEqualTo(principal.subject());
        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.token()).isSameAs(jwt);
    }

    @Test
    void missingClaimsGiveEmptyRolesAndNullScope() {
        ZhichengAuthentication authentication = converter.convert(keycloakToken().build());

        assertThat(authentication.getAuthorities()).isEmpty();
        ZhichengPrincipal principal = authentication.getPrincipal();
        assertThat(principal.roles()).isEmpty();
        assertThat(principal.committees()).isEmpty();
        assertThat(principal.region()).isNull();
        assertThat(principal.unit()).isNull();
        assertThat(principal.person()).isNull();
        assertThat(principal.username()).isNull();
        assertThat(principal.coversRegion("33")).isFalse();
    }

    @Test
    void singleValuedCommitteeClaimIsReadAsOneCommittee() {
        ZhichengPrincipal principal = KeycloakJwtConverter
            .principal(keycloakToken().claim("committees", "ls-education").build());

        assertThat(principal.committees()).containsExactly("ls-education");
    }

    @Test
    void malformedRealmAccessIsIgnored() {
        ZhichengPrincipal principal = KeycloakJwtConverter
            .principal(keycloakToken().claim("realm_access", "admin").build());

        assertThat(principal.roles()).isEmpty();
    }
}

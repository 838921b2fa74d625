package org.zhicheng.starter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ZhichengPrincipalTest {

    @Test
    void aServiceAccountIsNamedByKeycloakAndHoldsNoRoleOfThePlatformsPeople() {
        assertThat(principal("service-account-application-service", "default-roles-zhicheng").isServiceAccount())
                .isTrue();
        assertThat(principal("service-account-application-service", Roles.HR_BUREAU).isServiceAccount()).isFalse();
        assertThat(principal("hr.sy", "default-roles-zhicheng").isServiceAccount()).isFalse();
        assertThat(principal(null, "default-roles-zhicheng").isServiceAccount()).isFalse();
    }

    @Test
    void theActorIsTheUsernameElseTheSubject() {
        assertThat(principal("office.sy").actor()).isEqualTo("office.sy");
        assertThat(principal(null).actor()).isEqualTo("subject-1");
    }

    private static ZhichengPrincipal principal(String username, String... roles) {
        return new ZhichengPrincipal("subject-1", username, Set.of(roles), "330604", null, Set.of(), null);
    }
}

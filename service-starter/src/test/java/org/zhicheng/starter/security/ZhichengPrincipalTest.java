package org.zhicheng.starter.security;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZhichengPrincipalTest {

    private static ZhichengPrincipal inRegion(String region) {
        return new ZhichengPrincipal("sub", "user", Set.of(Roles.HR_BUREAU), region, null, Set.of("c1"), null);
    }

    @Test
    void provinceCoversCityAndDistrict() {
        ZhichengPrincipal province = inRegion("33");
        assertThat(province.coversRegion("33")).isTrue();
        assertThat(province.coversRegion("3306")).isTrue();
        assertThat(province.coversRegion("330604")).isTrue();
    }

    @Test
    void cityCoversItsDistrictsButNotTheProvinceOrAnotherCity() {
        ZhichengPrincipal shaoxing = inRegion("3306");
        assertThat(shaoxing.coversRegion("330604")).isTrue();
        assertThat(shaoxing.coversRegion("33")).isFalse();
        assertThat(shaoxing.coversRegion("3311")).isFalse();
        assertThat(shaoxing.coversRegion("331102")).isFalse();
    }

    @Test
    void districtCoversOnlyItself() {
        ZhichengPrincipal shangyu = inRegion("330604");
        assertThat(shangyu.coversRegion("330604")).isTrue();
        assertThat(shangyu.coversRegion("3306")).isFalse();
        assertThat(shangyu.coversRegion("330602")).isFalse();
    }

    @Test
    void missingRegionOrCodeCoversNothing() {
        assertThat(inRegion(null).coversRegion("3306")).isFalse();
        assertThat(inRegion("").coversRegion("3306")).isFalse();
        assertThat(inRegion("3306").coversRegion(null)).isFalse();
        assertThat(inRegion("3306").coversRegion(" ")).isFalse();
    }

    @Test
    void rolesAndCommittees() {
        ZhichengPrincipal user = inRegion("3306");
        assertThat(user.hasRole(Roles.HR_BUREAU)).isTrue();
        assertThat(user.hasRole(Roles.ADMIN)).isFalse();
        assertThat(user.hasAnyRole(Roles.ADMIN, Roles.HR_BUREAU)).isTrue();
        assertThat(user.hasAnyRole(Roles.ADMIN, Roles.EXPERT)).isFalse();
        assertThat(user.isMember("c1")).isTrue();
        assertThat(user.isMember("c2")).isFalse();
        assertThat(user.isMember(null)).isFalse();
    }

    @Test
    void nullCollectionsBecomeEmpty() {
        ZhichengPrincipal user = new ZhichengPrincipal("sub", null, null, null, null, null, null);
        assertThat(user.roles()).isEmpty();
        assertThat(user.committees()).isEmpty();
        assertThat(user.hasAnyRole()).isFalse();
    }

    @Test
    void aServiceAccountHoldsTheServiceRoleAndNoRoleOfThePlatformsPeople() {
        assertThat(withUsername("service-account-application-service", "default-roles-zhicheng", Roles.SERVICE)
                .isServiceAccount()).isTrue();
        assertThat(withUsername("service-account-application-service", Roles.SERVICE, Roles.HR_BUREAU)
                .isServiceAccount()).isFalse();
        // Keycloak's naming alone is not enough: a realm user could be called so
        assertThat(withUsername("service-account-application-service", "default-roles-zhicheng").isServiceAccount())
                .isFalse();
        assertThat(withUsername("hr.sy", "default-roles-zhicheng").isServiceAccount()).isFalse();
    }

    @Test
    void aServiceAccountIsTheOneOfItsClientOnly() {
        ZhichengPrincipal notification = withUsername("service-account-notification-service", Roles.SERVICE);
        assertThat(notification.isServiceAccountOf("notification-service")).isTrue();
        assertThat(notification.isServiceAccountOf("plan-service")).isFalse();
        assertThat(notification.isServiceAccountOf("notification")).isFalse();
        assertThat(notification.isServiceAccountOf("")).isFalse();
        assertThat(notification.isServiceAccountOf(null)).isFalse();
        assertThat(withUsername("service-account-notification-service", "default-roles-zhicheng", Roles.SERVICE)
                .isServiceAccountOf("notification-service")).isTrue();
        assertThat(withUsername("service-account-notification-service", Roles.SERVICE, Roles.ADMIN)
                .isServiceAccountOf("notification-service")).isFalse();
        assertThat(withUsername("service-account-notification-service")
                .isServiceAccountOf("notification-service")).isFalse();
        assertThat(withUsername("notification-service", Roles.SERVICE).isServiceAccountOf("notification-service"))
                .isFalse();
        assertThat(withUsername(null, Roles.SERVICE).isServiceAccountOf("notification-service")).isFalse();
    }

    @Test
    void theActorIsTheUsernameElseTheSubject() {
        assertThat(withUsername("office.sy").actor()).isEqualTo("office.sy");
        assertThat(withUsername(null).actor()).isEqualTo("sub");
    }

    private static ZhichengPrincipal withUsername(String username, String... roles) {
        return new ZhichengPrincipal("sub", username, Set.of(roles), "330604", null, Set.of(), null);
    }
}

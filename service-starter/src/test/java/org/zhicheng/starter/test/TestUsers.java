package org.zhicheng.starter.test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.zhicheng.starter.security.Roles;

/**
 * Object mother of callers, one per realm role, in the demo regions. The subject is derived from the username, so
 * the same fixture is the same user in every call of a test (ownership and idempotency depend on that).
 */
public final class TestUsers {

    /** 浙江省 */
    public static final String ZHEJIANG = "33";
    /** 绍兴市 */
    public static final String SHAOXING = "3306";
    /** 绍兴市上虞区 */
    public static final String SHANGYU = "330604";
    /** 丽水市 */
    public static final String LISHUI = "3311";
    /** 丽水市莲都区 */
    public static final String LIANDU = "331102";

    private TestUsers() {
    }

    public static TestUser applicant(String region, String unit, String person) {
        return user("applicant-" + person, List.of(Roles.APPLICANT), region, unit, List.of(), person);
    }

    public static TestUser employer(String region, String unit) {
        return user("employer-" + unit, List.of(Roles.EMPLOYER), region, unit, List.of(), null);
    }

    public static TestUser department(String region, String unit) {
        return user("department-" + unit, List.of(Roles.DEPARTMENT), region, unit, List.of(), null);
    }

    public static TestUser committeeOffice(String region, String... committees) {
        return user("committee-office-" + region + "-" + String.join("-", committees), List.of(Roles.COMMITTEE_OFFICE),
                region, null, List.of(committees), null);
    }

    public static TestUser hrBureau(String region) {
        return user("hr-bureau-" + region, List.of(Roles.HR_BUREAU), region, null, List.of(), null);
    }

    public static TestUser expert(String region, String person) {
        return user("expert-" + person, List.of(Roles.EXPERT), region, null, List.of(), person);
    }

    public static TestUser platform() {
        return user("platform", List.of(Roles.PLATFORM), ZHEJIANG, null, List.of(), null);
    }

    public static TestUser admin() {
        return user("admin", List.of(Roles.ADMIN), ZHEJIANG, null, List.of(), null);
    }

    /** A service account of the client-credentials flow (the token a Feign call carries): the realm role service. */
    public static TestUser serviceAccount(String clientId) {
        return user("service-account-" + clientId, List.of(Roles.SERVICE), null, null, List.of(), null);
    }

    /** A user with only the given roles and no scope claims, for role-rule tests. */
    public static TestUser withRoles(String username, String... roles) {
        return user(username, List.of(roles), null, null, List.of(), null);
    }

    private static TestUser user(String username, List<String> roles, String region, String unit,
            List<String> committees, String person) {
        String subject = UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
        return new TestUser(subject, username, roles, region, unit, committees, person);
    }
}

package org.zhicheng.starter.test;

import java.util.ArrayList;
import java.util.List;

/**
 * A caller of a test: what its Keycloak token says. Made by {@link TestUsers}; turned into a token by
 * {@link TestTokens}. Null claims are left out of the token, as Keycloak does for unset attributes.
 */
public record TestUser(String subject, String username, List<String> roles, String region, String unit,
        List<String> committees, String person) {

    public TestUser {
        roles = List.copyOf(roles);
        committees = List.copyOf(committees);
    }

    /** The same user with more roles (e.g. an HR bureau officer who is also an admin). */
    public TestUser withRoles(String... more) {
        List<String> all = new ArrayList<>(roles);
        all.addAll(List.of(more));
        return new TestUser(subject, username, all, region, unit, committees, person);
    }

    /** The same user in another region (to prove that scope checks hold). */
    public TestUser inRegion(String otherRegion) {
        return new TestUser(subject, username, roles, otherRegion, unit, committees, person);
    }
}

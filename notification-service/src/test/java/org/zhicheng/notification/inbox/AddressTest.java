package org.zhicheng.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhicheng.starter.security.ZhichengPrincipal;

/** Which inboxes a token holds, and which HR bureaus hear of a territory. */
class AddressTest {

    @Test
    void eachRoleHoldsItsOwnInboxes() {
        assertThat(Address.heldBy(user(Set.of("applicant"), "330604", "SY-U001", Set.of(), "P-1")))
                .containsExactly(Address.person("P-1"));
        assertThat(Address.heldBy(user(Set.of("employer"), "330604", "SY-U001", Set.of(), null)))
                .containsExactly(Address.unit("SY-U001"));
        assertThat(Address.heldBy(user(Set.of("committee-office"), "330604", null, Set.of("B", "A"), null)))
                .containsExactly(Address.committee("A"), Address.committee("B"));
        assertThat(Address.heldBy(user(Set.of("hr-bureau"), "3306", null, Set.of(), null)))
                .containsExactly(Address.hrBureau("3306"));
        assertThat(Address.heldBy(user(Set.of("expert"), "330604", "SY-U002", Set.of(), "E-1")))
                .containsExactly(Address.person("E-1"));
    }

    @Test
    void machinesAndAdminsHoldNone() {
        assertThat(Address.heldBy(user(Set.of("platform"), "33", null, Set.of(), null))).isEmpty();
        assertThat(Address.heldBy(user(Set.of("admin"), "33", null, Set.of(), null))).isEmpty();
        assertThat(Address.heldBy(null)).isEmpty();
    }

    @Test
    void aClaimWithoutTheRoleHoldsNothing() {
        assertThat(Address.heldBy(user(Set.of("hr-bureau"), "330604", "SY-U001", Set.of("X"), "P-2")))
                .containsExactly(Address.hrBureau("330604"));
    }

    @Test
    void aDistrictIsHeardOfByItsBureauAndItsCitysACityByItsOwn() {
        assertThat(Address.hrBureausCovering("330604")).containsExactly(Address.hrBureau("330604"),
                Address.hrBureau("3306"));
        assertThat(Address.hrBureausCovering("3306")).containsExactly(Address.hrBureau("3306"));
        assertThat(Address.hrBureausCovering("33")).containsExactly(Address.hrBureau("33"));
    }

    @Test
    void addressesReadAndPrintAsKindColonId() {
        assertThat(Address.parse("COMMITTEE:SY-ENG-MID")).isEqualTo(Address.committee("SY-ENG-MID"));
        assertThat(Address.parse("UNIT:SY:U1")).isEqualTo(Address.unit("SY:U1"));
        assertThat(List.of("", "UNIT:", ":x", "NOBODY:x", "person:x")).allSatisfy(text ->
                assertThat(Address.parse(text)).isNull());
        assertThat(Address.hrBureau("330604")).hasToString("HR_BUREAU:330604");
    }

    private static ZhichengPrincipal user(Set<String> roles, String region, String unit, Set<String> committees,
            String person) {
        return new ZhichengPrincipal("sub", "user", roles, region, unit, committees, person);
    }
}

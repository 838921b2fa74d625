package org.zhicheng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhicheng.gateway.requestid.RequestIds;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"3f2b6c1e-8a4d-4c2e-9b1a-0d5e7f9a1b2c", "portal-42", "trace:00f0.a_b"})
    void keepsASafeIncomingId(String incoming) {
        assertThat(RequestIds.acceptOrGenerate(incoming)).isEqualTo(incoming);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "line\nbreak", "<script>", "日志", "quote\"d"})
    void replacesAMissingOrUnsafeIdWithAUuid(String incoming) {
        String id = RequestIds.acceptOrGenerate(incoming);

        assertThat(id).isNotEqualTo(incoming);
        assertThat(UUID.fromString(id)).isNotNull();
    }

    @Test
    void replacesAnOverlongId() {
        String overlong = "a".repeat(65);

        assertThat(RequestIds.acceptOrGenerate(overlong)).isNotEqualTo(overlong).hasSize(36);
        assertThat(RequestIds.acceptOrGenerate("a".repeat(64))).hasSize(64);
    }
}

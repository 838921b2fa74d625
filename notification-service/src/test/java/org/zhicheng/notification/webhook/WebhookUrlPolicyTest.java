package org.zhicheng.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhicheng.starter.problem.ProblemException;

/** OWASP API7: no webhook into the service's own network; only the test receivers' networks may be named. */
class WebhookUrlPolicyTest {

    private final WebhookUrlPolicy production = policy(List.of());

    @Test
    void loopbackPrivateLinkLocalSharedAndMulticastAddressesAreNotPublic() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.1",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00::1",
                "::ffff:127.0.0.1", "::ffff:10.0.0.1", "198.18.0.1")) {
            assertThat(WebhookUrlPolicy.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
        for (String address : List.of("93.184.216.34", "172.32.0.1", "100.128.0.1", "2606:4700::1111")) {
            assertThat(WebhookUrlPolicy.isPublic(InetAddress.getByName(address))).as(address).isTrue();
        }
    }

    @Test
    void aUrlToAPrivateAddressIsRefusedWithTheRule() {
        assertThatThrownBy(() -> production.check("http://10.0.0.8/hook"))
                .isInstanceOfSatisfying(ProblemException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("webhook.url-not-public");
                    assertThat(refused.rule()).isEqualTo("OWASP-API7");
                });
        assertThat(production.refusal(URI.create("https://[::1]:8443/hook"))).contains("not a public address");
        assertThat(production.refusal(URI.create("https://93.184.216.34/hook"))).isNull();
    }

    @Test
    void onlyAbsoluteHttpUrlsWithoutUserInfoOrFragmentAreUrls() {
        for (String url : List.of("ftp://example.org/x", "file:///etc/passwd", "gopher://example.org/",
                "http://user:pw@example.org/", "https://example.org/#frag", "/hooks", "", "http:///nohost")) {
            assertThatThrownBy(() -> WebhookUrlPolicy.parse(url)).as(url)
                    .isInstanceOfSatisfying(ProblemException.class,
                            refused -> assertThat(refused.code()).isEqualTo("webhook.url-invalid"));
        }
        assertThat(WebhookUrlPolicy.parse("https://example.org/hooks?x=1")).hasHost("example.org");
    }

    @Test
    void aNamedNetworkAdmitsItsAddressesOnly() {
        WebhookUrlPolicy tests = policy(List.of("127.0.0.1/32", "fd00::/8"));

        assertThat(tests.refusal(URI.create("http://127.0.0.1:8080/x"))).isNull();
        assertThat(tests.refusal(URI.create("http://[fd12::1]/x"))).isNull();
        assertThat(tests.refusal(URI.create("http://127.0.0.2/x"))).isNotNull();
        assertThat(tests.refusal(URI.create("http://10.0.0.1/x"))).isNotNull();
    }

    private static WebhookUrlPolicy policy(List<String> allowed) {
        return new WebhookUrlPolicy(new WebhookProperties(List.of("platform"), "x", allowed, true, null, 50, 8, null,
                null, null, null, 20, 4));
    }
}

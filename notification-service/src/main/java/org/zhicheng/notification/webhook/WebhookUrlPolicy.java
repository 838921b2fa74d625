package org.zhicheng.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.zhicheng.starter.problem.Problems;

/**
 * Where webhooks may be sent: an absolute {@code http} or {@code https} URL without user info or fragment, whose host
 * resolves only to public addresses. Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
 * (169.254/16, fe80::/10: cloud metadata endpoints live there), shared (100.64/10), multicast and unspecified
 * addresses are refused, so a subscription cannot make this service call into its own network. Checked when
 * subscribing and again before every delivery (the name may resolve elsewhere by then). Tests and the local stack
 * name the networks of their own receivers ({@code allowed-private-networks}); production names none.
 */
@Component
class WebhookUrlPolicy {

    /** OWASP API Security Top 10 (2023), API7: server-side request forgery. */
    static final String SSRF_RULE = "OWASP-API7";
    private static final int MAX_LENGTH = 2000;

    private final List<Network> allowed;

    WebhookUrlPolicy(WebhookProperties properties) {
        this.allowed = properties.allowedPrivateNetworks().stream().map(Network::parse).toList();
    }

    /** The URL if it may be subscribed; 400 {@code webhook.url-invalid}, 422 {@code webhook.url-not-public}. */
    URI check(String url) {
        URI uri = parse(url);
        String refusal = refusal(uri);
        if (refusal != null) {
            throw Problems.ruleViolated("webhook.url-not-public", SSRF_RULE, url, refusal);
        }
        return uri;
    }

    /** Why a delivery to {@code uri} must not go out now; null when it may. */
    String refusal(URI uri) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException unknown) {
            return "the host " + uri.getHost() + " does not resolve";
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && allowed.stream().noneMatch(network -> network.contains(address))) {
                return uri.getHost() + " resolves to " + address.getHostAddress() + ", not a public address";
            }
        }
        return null;
    }

    static URI parse(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            throw Problems.badRequest("webhook.url-invalid", String.valueOf(url));
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException bad) {
            throw Problems.badRequest("webhook.url-invalid", url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw Problems.badRequest("webhook.url-invalid", url);
        }
        return uri;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xFF;
            int second = bytes[1] & 0xFF;
            return first != 0 && first < 224 && !(first == 100 && second >= 64 && second < 128)
                    && !(first == 192 && second == 0 && (bytes[2] & 0xFF) == 0)
                    && !(first == 198 && (second == 18 || second == 19));
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xFF;
            if ((first & 0xFE) == 0xFC) {
                return false;
            }
            boolean mappedV4 = true;
            for (int i = 0; i < 10; i++) {
                mappedV4 &= bytes[i] == 0;
            }
            if (mappedV4 && (bytes[10] & 0xFF) == 0xFF && (bytes[11] & 0xFF) == 0xFF) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] { bytes[12], bytes[13], bytes[14],
                            bytes[15] }));
                } catch (UnknownHostException impossible) {
                    return false;
                }
            }
        }
        return true;
    }

    /** An address block in CIDR notation ({@code 127.0.0.1/32}, {@code fd00::/8}). */
    record Network(byte[] prefix, int bits) {

        static Network parse(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                byte[] address = InetAddress.getByName(slash < 0 ? cidr.strip() : cidr.substring(0, slash).strip())
                        .getAddress();
                int bits = slash < 0 ? address.length * 8 : Integer.parseInt(cidr.substring(slash + 1).strip());
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in " + cidr);
                }
                return new Network(address, bits);
            } catch (UnknownHostException | NumberFormatException bad) {
                throw new IllegalArgumentException("zhicheng.notification.webhooks.allowed-private-networks: "
                        + "cannot read " + cidr, bad);
            }
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}

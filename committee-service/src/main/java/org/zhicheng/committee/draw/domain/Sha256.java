package org.zhicheng.committee.draw.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as the draw's algorithm uses it: lowercase hex of the digest. */
final class Sha256 {

    static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    static String hex(byte[] data) {
        return HEX.formatHex(digest().digest(data));
    }

    static String hex(String utf8) {
        return hex(utf8.getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(impossible);
        }
    }

    static boolean isHash(String value) {
        if (value == null || value.length() != 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}

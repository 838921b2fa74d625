package org.zhicheng.notification.objection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * The access code (查询码) a raiser gets once, with the tracking number, to read their objection without signing in:
 * 12 characters of Crockford's base32 (60 random bits), kept only as its SHA-256. Read case-insensitively, with
 * {@code O}/{@code I}/{@code L} taken as {@code 0}/{@code 1}/{@code 1} and hyphens ignored.
 */
@Component
class AccessCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 2);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(normalized(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether {@code code} is the one whose hash is stored; compared in constant time. */
    boolean matches(String code, String storedHash) {
        if (code == null || code.isBlank() || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String normalized(String code) {
        return code.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
    }
}

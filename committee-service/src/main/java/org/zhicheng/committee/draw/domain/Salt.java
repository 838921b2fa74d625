package org.zhicheng.committee.draw.domain;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The 32 secret bytes that turn expert ids into pseudonyms ({@link Pseudonyms}). Kept by the office and the HR bureau
 * and revealed to them and to auditors after the meeting; without it the published record does not identify experts.
 */
public final class Salt {

    public static final int LENGTH = 32;

    private final byte[] bytes;

    private Salt(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a salt has " + LENGTH + " bytes, not " + bytes.length);
        }
        this.bytes = bytes;
    }

    /** A salt of exactly 32 bytes (copied). */
    public static Salt of(byte[] bytes) {
        return new Salt(bytes.clone());
    }

    /** A salt from 64 hex digits. */
    public static Salt ofHex(String hex) {
        return new Salt(Sha256.HEX.parseHex(hex));
    }

    /** A fresh salt from the given source of randomness. */
    public static Salt random(SecureRandom random) {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new Salt(bytes);
    }

    /** The salt as 64 lowercase hex digits. */
    public String hex() {
        return Sha256.HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Salt salt && Arrays.equals(bytes, salt.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Never the bytes: the salt is what keeps experts' identities hidden. */
    @Override
    public String toString() {
        return "Salt[hidden]";
    }
}

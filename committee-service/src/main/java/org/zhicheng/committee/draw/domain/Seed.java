package org.zhicheng.committee.draw.domain;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The 32 random bytes one draw round's selection is computed from (随机种子). Committed to by its hash before the round
 * is drawn, revealed when it is drawn, so anyone can recompute the selection.
 */
public final class Seed {

    public static final int LENGTH = 32;

    private final byte[] bytes;

    private Seed(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a seed has " + LENGTH + " bytes, not " + bytes.length);
        }
        this.bytes = bytes;
    }

    /** A seed of exactly 32 bytes (copied). */
    public static Seed of(byte[] bytes) {
        return new Seed(bytes.clone());
    }

    /** A seed from 64 hex digits. */
    public static Seed ofHex(String hex) {
        return new Seed(Sha256.HEX.parseHex(hex));
    }

    /** A fresh seed from the given source of randomness. */
    public static Seed random(SecureRandom random) {
        byte[] bytes = new byte[LENGTH];
        random.nextBytes(bytes);
        return new Seed(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The seed as 64 lowercase hex digits. */
    public String hex() {
        return Sha256.HEX.formatHex(bytes);
    }

    /** {@code seedHash}: lowercase hex SHA-256 of the 32 seed bytes, what a commitment includes. */
    public String hash() {
        return Sha256.hex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Seed seed && Arrays.equals(bytes, seed.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Only the hash: a seed stays secret until its round is drawn. */
    @Override
    public String toString() {
        return "Seed[hash=" + hash() + "]";
    }
}

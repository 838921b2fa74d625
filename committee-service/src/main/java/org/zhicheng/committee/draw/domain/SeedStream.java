package org.zhicheng.committee.draw.domain;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The deterministic random stream of one round: the concatenation of the blocks
 * {@code HMAC-SHA256(key = seed bytes, message = counter as 8-byte big-endian)} for counter 0, 1, 2, …, read 4 bytes
 * at a time as unsigned big-endian 32-bit integers. {@link #uniform(int)} turns them into unbiased integers by
 * rejection sampling. Same seed, same numbers, on every machine and every run.
 */
public final class SeedStream {

    private static final long RANGE = 1L << 32;

    private final Mac mac;
    private long counter;
    private byte[] block = new byte[0];
    private int position;

    public SeedStream(Seed seed) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed.bytes(), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            // every Java platform must provide HmacSHA256, and a 32-byte key is valid
            throw new IllegalStateException(impossible);
        }
    }

    /** The next unsigned 32-bit integer of the stream, 0 ≤ x < 2³². */
    public long nextUnsignedInt() {
        if (position + 4 > block.length) {
            block = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array());
            position = 0;
        }
        long value = ((block[position] & 0xFFL) << 24) | ((block[position + 1] & 0xFFL) << 16)
                | ((block[position + 2] & 0xFFL) << 8) | (block[position + 3] & 0xFFL);
        position += 4;
        return value;
    }

    /**
     * A uniform integer in {@code [0, bound)}: with {@code limit = 2³² − (2³² mod bound)}, read integers until one is
     * below {@code limit} and answer it modulo {@code bound}. Always reads at least one integer (also for bound 1).
     */
    public int uniform(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long limit = RANGE - RANGE % bound;
        long value;
        do {
            value = nextUnsignedInt();
        } while (value >= limit);
        return (int) (value % bound);
    }
}

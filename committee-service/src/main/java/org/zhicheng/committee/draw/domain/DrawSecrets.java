package org.zhicheng.committee.draw.domain;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Where seeds and salts come from: a {@link SecureRandom} (the platform's strong source in production; tests inject a
 * seeded one). Never {@code java.util.Random}.
 */
public final class DrawSecrets {

    private final SecureRandom random;

    public DrawSecrets(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public Seed newSeed() {
        return Seed.random(random);
    }

    public Salt newSalt() {
        return Salt.random(random);
    }
}

package org.zhicheng.starter.test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Keycloak-shaped access tokens for {@link TestUser}s, signed RS256 with the {@link JwksStub}'s key. Each method
 * returns an {@code Authorization} header value ({@code Bearer …}); {@link #token} returns the bare JWT. The broken
 * ones are for the 401 tests: expired, issued by another realm, unsigned ({@code alg: none}), signed by a key the
 * service does not know.
 */
public final class TestTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(30);
    private static RSAKey otherKey;

    private TestTokens() {
    }

    public static String bearer(TestUser user) {
        return "Bearer " + token(user);
    }

    /** The bare signed JWT of a valid token. */
    public static String token(TestUser user) {
        return token(user, JwksStub.get().issuer(), JwksStub.get().signingKey(), LIFETIME);
    }

    static String token(TestUser user, String issuer, RSAKey key, Duration lifetime) {
        Instant now = Instant.now();
        return sign(claims(user, issuer, now, now.plus(lifetime)), key);
    }

    public static String expired(TestUser user) {
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        return "Bearer " + sign(claims(user, JwksStub.get().issuer(), issued, issued.plus(Duration.ofMinutes(5))),
                JwksStub.get().signingKey());
    }

    public static String wrongIssuer(TestUser user) {
        Instant now = Instant.now();
        String otherRealm = JwksStub.get().issuer().replace("/realms/zhicheng", "/realms/other");
        return "Bearer " + sign(claims(user, otherRealm, now, now.plus(LIFETIME)), JwksStub.get().signingKey());
    }

    public static String algNone(TestUser user) {
        Instant now = Instant.now();
        return "Bearer " + new PlainJWT(claims(user, JwksStub.get().issuer(), now, now.plus(LIFETIME))).serialize();
    }

    /** Signed with a key of the same id that the JWKS does not publish: a forgery. */
    public static String signedByOtherKey(TestUser user) {
        Instant now = Instant.now();
        return "Bearer " + sign(claims(user, JwksStub.get().issuer(), now, now.plus(LIFETIME)), otherKey());
    }

    private static synchronized RSAKey otherKey() {
        if (otherKey == null) {
            otherKey = JwksStub.generateKey(JwksStub.get().signingKey().getKeyID());
        }
        return otherKey;
    }

    private static JWTClaimsSet claims(TestUser user, String issuer, Instant issuedAt, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer)
            .subject(user.subject())
            .audience("account")
            .issueTime(Date.from(issuedAt))
            .notBeforeTime(Date.from(issuedAt))
            .expirationTime(Date.from(expiresAt))
            .jwtID(UUID.randomUUID().toString())
            .claim("typ", "Bearer")
            .claim("azp", "zhicheng-portal")
            .claim("preferred_username", user.username())
            .claim("realm_access", Map.of("roles", user.roles()));
        if (user.region() != null) {
            claims.claim("region", user.region());
        }
        if (user.unit() != null) {
            claims.claim("unit", user.unit());
        }
        if (!user.committees().isEmpty()) {
            claims.claim("committees", user.committees());
        }
        if (user.person() != null) {
            claims.claim("person", user.person());
        }
        return claims.build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Cannot sign a test token", ex);
        }
    }
}

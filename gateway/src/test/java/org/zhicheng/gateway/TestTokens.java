package org.zhicheng.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Real RS256 tokens shaped like Keycloak's, signed by a key whose public half the JWKS stub serves, plus the
 * kinds of bad token the gateway must refuse.
 */
final class TestTokens {

    private static final String KEY_ID = "gateway-test-key";

    private final RSAKey signingKey = generate();
    // Same key id as the real one: only the signature gives a forged token away.
    private final RSAKey forgerKey = generate();
    // A key the JWKS does not (yet) list, as after a key rotation at Keycloak: the gateway must fetch the keys again.
    private final RSAKey rotatedKey = generate("gateway-rotated-key");

    String jwks() {
        return new JWKSet(signingKey.toPublicJWK()).toString();
    }

    String valid(String issuer) {
        return sign(signingKey, claims(issuer, Instant.now().plus(Duration.ofMinutes(5))));
    }

    String expired(String issuer) {
        return sign(signingKey, claims(issuer, Instant.now().minus(Duration.ofMinutes(10))));
    }

    String foreignIssuer() {
        return sign(signingKey, claims("http://127.0.0.1:1/realms/elsewhere", Instant.now().plus(Duration.ofMinutes(5))));
    }

    String forgedSignature(String issuer) {
        return sign(forgerKey, claims(issuer, Instant.now().plus(Duration.ofMinutes(5))));
    }

    String signedWithARotatedKey(String issuer) {
        return sign(rotatedKey, claims(issuer, Instant.now().plus(Duration.ofMinutes(5))));
    }

    String unsigned(String issuer) {
        return new PlainJWT(claims(issuer, Instant.now().plus(Duration.ofMinutes(5)))).serialize();
    }

    private static JWTClaimsSet claims(String issuer, Instant expiresAt) {
        Instant issuedAt = expiresAt.minus(Duration.ofMinutes(15));
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("6f1c7f8e-0000-4000-8000-000000000001")
                .audience("account")
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim("preferred_username", "hr.shaoxing")
                .claim("region", "3306")
                .claim("realm_access", Map.of("roles", List.of("hr-bureau")))
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static RSAKey generate() {
        return generate(KEY_ID);
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a test key", e);
        }
    }
}

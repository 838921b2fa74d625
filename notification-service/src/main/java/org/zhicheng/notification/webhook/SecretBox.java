package org.zhicheng.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps the subscriptions' signing secrets encrypted at rest (AES-GCM, a fresh 96-bit nonce each): what is stored is
 * {@code v1:<base64(nonce || ciphertext || tag)>}; a database dump alone does not let anyone sign webhooks.
 */
final class SecretBox {

    private static final String PREFIX = "v1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretBox(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("zhicheng.notification.webhooks.encryption-key is not set (base64, 16 or "
                    + "32 bytes; e.g. openssl rand -base64 32)");
        }
        byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
        if (bytes.length != 16 && bytes.length != 32) {
            throw new IllegalStateException("zhicheng.notification.webhooks.encryption-key must be 16 or 32 bytes, "
                    + "was " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot encrypt a webhook secret", ex);
        }
    }

    String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("unknown webhook secret format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
            return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot decrypt a webhook secret (was the encryption key changed?)", ex);
        }
    }
}

package dk.virkning.core.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Personal access tokens. A token is 32 random bytes, shown to its owner once; only its SHA-256
 * is stored. A fast hash is right here (unlike for passwords) because the token has 256 bits of
 * entropy, so it cannot be guessed from its hash.
 */
public final class AccessTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "vk_";

    private AccessTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}

package io.stockobserver.sandbox.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes KIS-shaped access tokens: JWTs with header {"typ":"JWT","alg":"HS512"} and the claims seen in real tokens
 * (sub "token", aud a UUID, prdt_cd, iss "unogw", exp, iat, jti = appkey), signed with HMAC-SHA512 under a random
 * per-sandbox secret, so a token from another sandbox instance never verifies.
 */
final class JwtSigner {

    private static final String ALGORITHM = "HmacSHA512";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final ObjectMapper json = new ObjectMapper();
    private final byte[] secret = new byte[64];
    private final String encodedHeader;

    JwtSigner() {
        new SecureRandom().nextBytes(secret);
        ObjectNode header = json.createObjectNode().put("typ", "JWT").put("alg", "HS512");
        this.encodedHeader = encode(header.toString());
    }

    String sign(String appkey, Instant issuedAt, Instant expiresAt) {
        ObjectNode claims = json.createObjectNode()
                .put("sub", "token")
                .put("aud", UUID.randomUUID().toString())
                .put("prdt_cd", "")
                .put("iss", "unogw")
                .put("exp", expiresAt.getEpochSecond())
                .put("iat", issuedAt.getEpochSecond())
                .put("jti", appkey);
        String unsigned = encodedHeader + "." + encode(claims.toString());
        return unsigned + "." + BASE64URL.encodeToString(hmac(unsigned));
    }

    private byte[] hmac(String content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(content.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is required by every Java SE platform", e);
        }
    }

    private static String encode(String text) {
        return BASE64URL.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

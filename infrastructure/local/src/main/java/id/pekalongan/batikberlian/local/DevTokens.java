package id.pekalongan.batikberlian.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pekalongan.batikberlian.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local stand-in for Cognito: it issues development tokens (HS256, signed with a key made at start-up) and
 * checks them as API Gateway's JWT authorizer checks Cognito's — signature, issuer, audience, expiry — before
 * handing the claims to the function in the shape API Gateway uses.
 */
final class DevTokens {

    static final String AUDIENCE = "batik-berlian-local";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key = new byte[32];
    private final String issuer;

    DevTokens(int apiPort) {
        new SecureRandom().nextBytes(key);
        this.issuer = "http://127.0.0.1:" + apiPort + "/local-cognito";
    }

    /** A token for a user in the given Cognito groups; {@code kelurahan} is the clerk's kelurahan code, or null. */
    String issue(String username, List<String> groups, String kelurahan, long ttlSeconds) {
        ObjectNode header = Json.MAPPER.createObjectNode().put("alg", "HS256").put("typ", "JWT");
        ObjectNode claims = Json.MAPPER.createObjectNode();
        long now = Instant.now().getEpochSecond();
        claims.put("sub", java.util.UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString());
        claims.put("iss", issuer);
        claims.put("aud", AUDIENCE);
        claims.put("token_use", "id");
        claims.put("cognito:username", username);
        groups.forEach(claims.putArray("cognito:groups")::add);
        if (kelurahan != null) {
            claims.put("custom:kelurahan", kelurahan);
        }
        claims.put("iat", now);
        claims.put("exp", now + ttlSeconds);
        String signingInput = B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + B64.encodeToString(sign(signingInput));
    }

    /**
     * @return the claims as API Gateway passes them to a function (arrays flattened to {@code "[a b]"}), or null
     *         when the token is not one this issuer signed, or has expired
     */
    Map<String, String> verify(String authorization) {
        if (authorization == null) {
            return null;
        }
        String token = authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : authorization.trim();
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        byte[] expected = sign(parts[0] + "." + parts[1]);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!MessageDigest.isEqual(expected, given)) {
            return null;
        }
        try {
            JsonNode claims = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (!issuer.equals(claims.path("iss").asText()) || !AUDIENCE.equals(claims.path("aud").asText())
                    || claims.path("exp").asLong() < Instant.now().getEpochSecond()) {
                return null;
            }
            Map<String, String> flat = new LinkedHashMap<>();
            claims.fields().forEachRemaining(f -> flat.put(f.getKey(), flatten(f.getValue())));
            return flat;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String flatten(JsonNode v) {
        if (v.isArray()) {
            StringBuilder b = new StringBuilder("[");
            v.forEach(x -> b.append(b.length() > 1 ? " " : "").append(x.asText()));
            return b.append(']').toString();
        }
        return v.asText();
    }

    private byte[] sign(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.codebasemcp.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Requires {@code Authorization: Bearer <token>}. Both sides are hashed before
 * {@link MessageDigest#isEqual} compares them in constant time, so neither the content nor the
 * length of the token leaks through response timing.
 */
final class BearerTokenCheck implements Handler {

    private static final String PREFIX = "Bearer ";

    private final byte[] expectedDigest;

    BearerTokenCheck(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a bearer token must not be blank");
        }
        this.expectedDigest = sha256(token);
    }

    @Override
    public void handle(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            throw new ApiProblemException(ProblemType.UNAUTHORIZED,
                    "This API needs an 'Authorization: Bearer <token>' header (the server has CODEBASE_HTTP_TOKEN set)");
        }
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new ApiProblemException(ProblemType.UNAUTHORIZED,
                    "The Authorization header must use the Bearer scheme: 'Authorization: Bearer <token>'");
        }
        if (!MessageDigest.isEqual(expectedDigest, sha256(header.substring(PREFIX.length()).strip()))) {
            throw new ApiProblemException(ProblemType.UNAUTHORIZED, "The bearer token is not valid");
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}

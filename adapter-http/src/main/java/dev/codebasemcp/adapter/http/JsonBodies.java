package dev.codebasemcp.adapter.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads JSON request bodies strictly: JSON content type only, at most {@link #MAX_BODY_BYTES},
 * well-formed, no unknown fields, every field of the right type; each refusal names what was wrong.
 */
final class JsonBodies {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private final JsonMapper mapper;

    JsonBodies(JsonMapper mapper) {
        this.mapper = mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    <T> T read(Context ctx, Class<T> type, List<String> knownFields) {
        requireJsonContentType(ctx);
        byte[] body = readLimited(ctx);
        if (body.length == 0) {
            throw new ApiProblemException(ProblemType.MALFORMED_JSON, "The request body is empty; send a JSON object");
        }
        try {
            return mapper.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT, e.getPropertyName(),
                    "Unknown field '" + e.getPropertyName() + "' (allowed: " + String.join(", ", knownFields) + ")");
        } catch (MismatchedInputException e) {
            String field = fieldOf(e);
            throw new ApiProblemException(ProblemType.INVALID_INPUT, field,
                    field == null ? "The request body must be a JSON object with the fields " + String.join(", ", knownFields)
                            : "Field '" + field + "' has the wrong type: " + e.getOriginalMessage());
        } catch (StreamReadException e) {
            throw new ApiProblemException(ProblemType.MALFORMED_JSON, "Malformed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw new ApiProblemException(ProblemType.INVALID_INPUT, fieldOf(e), "Invalid request body: " + e.getOriginalMessage());
        }
    }

    private static void requireJsonContentType(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            // Requiring JSON also keeps other web sites from posting here with a plain HTML form.
            throw new ApiProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be application/json, got: " + (contentType == null ? "none" : contentType));
        }
    }

    private static byte[] readLimited(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw tooLarge(-1);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body", e);
        }
    }

    private static ApiProblemException tooLarge(long declared) {
        return new ApiProblemException(ProblemType.BODY_TOO_LARGE, "The request body "
                + (declared >= 0 ? "is " + declared + " bytes" : "exceeds the limit")
                + "; at most " + MAX_BODY_BYTES + " bytes (64 KiB) are accepted");
    }

    private static String fieldOf(JacksonException e) {
        return e.getPath().stream()
                .map(JacksonException.Reference::getPropertyName)
                .filter(name -> name != null)
                .collect(Collectors.collectingAndThen(Collectors.joining("."), joined -> joined.isEmpty() ? null : joined));
    }
}

package dev.codebasemcp.adapter.mcp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Brings a client's {@code notifications/cancelled} to the tool call it names. The SDK neither acts
 * on that notification nor tells a tool handler its request id, so each transport tags every
 * incoming {@code tools/call} with a call token in {@code _meta} and reports cancellations here by
 * request id; the handler finds its {@link Cancellation} by the token.
 */
final class CancellableCalls {

    static final String TOKEN_META = "codebase-mcp/call";
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, CompletableFuture<Void>> calls = bounded();

    /** One client connection (the stdio stream, or one HTTP session): its request ids are its own. */
    Connection connection() {
        return new Connection();
    }

    /** The cancellation of the call tagged with {@code meta}'s token; {@link Cancellation#NONE} without one. */
    Cancellation cancellationOf(Map<String, Object> meta) {
        Object token = meta == null ? null : meta.get(TOKEN_META);
        CompletableFuture<Void> signal = token == null ? null : calls.get(token.toString());
        return signal == null ? Cancellation.NONE : Cancellation.of(signal);
    }

    /** Forgets a call whose handler has returned. */
    void finished(Map<String, Object> meta) {
        Object token = meta == null ? null : meta.get(TOKEN_META);
        if (token != null) {
            calls.remove(token.toString());
        }
    }

    private static <V> Map<String, V> bounded() {
        return Collections.synchronizedMap(new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_TRACKED;
            }
        });
    }

    final class Connection {

        private final Map<String, String> tokensByRequestId = bounded();

        private Connection() {
        }

        /**
         * @return the message to hand to the SDK: a {@code tools/call} request with its call token
         *         added to {@code params._meta}, any other message unchanged
         */
        Map<String, Object> inbound(Map<String, Object> message) {
            Object method = message.get("method");
            Object id = message.get("id");
            if ("tools/call".equals(method) && id != null) {
                return tagged(message, id);
            }
            if ("notifications/cancelled".equals(method) && message.get("params") instanceof Map<?, ?> params
                    && params.get("requestId") != null) {
                String token = tokensByRequestId.remove(key(params.get("requestId")));
                CompletableFuture<Void> signal = token == null ? null : calls.get(token);
                if (signal != null) {
                    signal.complete(null);
                }
            }
            return message;
        }

        private Map<String, Object> tagged(Map<String, Object> message, Object id) {
            String token = UUID.randomUUID().toString();
            calls.put(token, new CompletableFuture<>());
            tokensByRequestId.put(key(id), token);
            Map<String, Object> params = copy(message.get("params"));
            Map<String, Object> meta = copy(params.get("_meta"));
            meta.put(TOKEN_META, token);
            params.put("_meta", meta);
            Map<String, Object> tagged = new LinkedHashMap<>(message);
            tagged.put("params", params);
            return tagged;
        }

        private static String key(Object requestId) {
            return (requestId instanceof String ? "s:" : "n:") + requestId;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> copy(Object map) {
            return map instanceof Map<?, ?> existing ? new LinkedHashMap<>((Map<String, Object>) existing)
                    : new LinkedHashMap<>();
        }
    }
}

package dev.codebasemcp.adapter.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands between the client's input and the SDK's stdio transport, whose reader stops for good on
 * one blank, malformed or oversize line. Only lines that are JSON-RPC messages pass; every other
 * line is answered with a JSON-RPC error (-32700 parse error, or -32600 for JSON that is no
 * JSON-RPC message) and reading goes on. Tool calls are tagged for {@link CancellableCalls}.
 */
final class LineGuard extends InputStream {

    /** Longest accepted line; longer ones are skipped without being held in memory. */
    static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(LineGuard.class);

    private final InputStream in;
    private final ProtocolOutput replies;
    private final McpJsonMapper mapper;
    private final CancellableCalls.Connection calls;
    private final int maxLineBytes;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    LineGuard(InputStream in, ProtocolOutput replies, McpJsonMapper mapper, CancellableCalls.Connection calls,
              int maxLineBytes) {
        this.in = new BufferedInputStream(in);
        this.replies = replies;
        this.mapper = mapper;
        this.calls = calls;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public int read() throws IOException {
        if (!ensureLine()) {
            return -1;
        }
        return current[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!ensureLine()) {
            return -1;
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, count);
        position += count;
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean ensureLine() throws IOException {
        while (position >= current.length) {
            if (ended) {
                return false;
            }
            String accepted = nextRawLine();
            if (accepted != null) {
                current = (accepted + "\n").getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
        }
        return true;
    }

    /** Reads one line; returns it when it may pass to the SDK, null when it was answered or skipped. */
    private String nextRawLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean oversize = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (line.size() < maxLineBytes) {
                line.write(b);
            } else {
                oversize = true;
            }
        }
        if (b == -1) {
            ended = true;
            if (line.size() == 0 && !oversize) {
                return null;
            }
        }
        if (oversize) {
            return refuse(null, ErrorCodes.PARSE_ERROR, "Parse error: line longer than " + maxLineBytes
                    + " bytes; send one JSON-RPC message per line");
        }
        return inspect(line.toString(StandardCharsets.UTF_8).strip());
    }

    private String inspect(String text) throws IOException {
        if (text.isEmpty()) {
            return refuse(null, ErrorCodes.PARSE_ERROR, "Parse error: empty line; send one JSON-RPC message per line");
        }
        Object parsed;
        try {
            parsed = mapper.readValue(text, Object.class);
        } catch (IOException | RuntimeException notJson) {
            return refuse(null, ErrorCodes.PARSE_ERROR, "Parse error: the line is not valid JSON");
        }
        if (!(parsed instanceof Map<?, ?> object)) {
            return refuse(null, ErrorCodes.INVALID_REQUEST, "Invalid Request: expected a JSON-RPC message object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> message = (Map<String, Object>) object;
        Object id = message.get("id") instanceof String || message.get("id") instanceof Number ? message.get("id") : null;
        try {
            McpSchema.deserializeJsonRpcMessage(mapper, text);
        } catch (IOException | RuntimeException notJsonRpc) {
            return refuse(id, ErrorCodes.INVALID_REQUEST, "Invalid Request: not a JSON-RPC 2.0 request, "
                    + "notification or response");
        }
        Map<String, Object> forwarded = calls.inbound(message);
        return forwarded == message ? text : mapper.writeValueAsString(forwarded);
    }

    private String refuse(Object id, int code, String message) throws IOException {
        LOG.warn("Refused an input line: {}", message);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("jsonrpc", "2.0");
        reply.put("id", id);
        reply.put("error", error);
        replies.writeLine(mapper.writeValueAsString(reply));
        return null;
    }
}

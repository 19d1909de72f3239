package dev.codebasemcp.adapter.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands every request to the SDK's servlet, after showing each posted message to
 * {@link CancellableCalls} (one connection per MCP session), as {@link LineGuard} does on stdio.
 */
final class CancellationTaggingServlet extends HttpServlet {

    private static final String SESSION_HEADER = "Mcp-Session-Id";
    private static final int MAX_SESSIONS = 10_000;
    private static final int MAX_BODY_BYTES = LineGuard.MAX_LINE_BYTES;

    private final transient HttpServlet delegate;
    private final transient CancellableCalls calls;
    private final transient McpJsonMapper mapper;
    private final transient Map<String, CancellableCalls.Connection> connections =
            Collections.synchronizedMap(new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CancellableCalls.Connection> eldest) {
                    return size() > MAX_SESSIONS;
                }
            });

    CancellationTaggingServlet(HttpServlet delegate, CancellableCalls calls, McpJsonMapper mapper) {
        this.delegate = delegate;
        this.calls = calls;
        this.mapper = mapper;
    }

    @Override
    public void init() throws ServletException {
        delegate.init(getServletConfig());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String session = request.getHeader(SESSION_HEADER);
        if (!"POST".equals(request.getMethod()) || session == null) {
            delegate.service(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "An MCP message may be at most " + MAX_BODY_BYTES + " bytes");
            return;
        }
        delegate.service(new ReplacedBody(request, tagged(session, body)), response);
    }

    private byte[] tagged(String session, byte[] body) {
        try {
            Object parsed = mapper.readValue(body, Object.class);
            if (parsed instanceof Map<?, ?> object) {
                @SuppressWarnings("unchecked")
                Map<String, Object> message = (Map<String, Object>) object;
                Map<String, Object> forwarded = connections.computeIfAbsent(session, ignored -> calls.connection())
                        .inbound(message);
                return forwarded == message ? body : mapper.writeValueAsBytes(forwarded);
            }
        } catch (IOException | RuntimeException unreadable) {
            // the SDK's servlet answers malformed bodies itself
        }
        return body;
    }

    @Override
    public void destroy() {
        delegate.destroy();
    }

    /** The request with a body already read and possibly rewritten. */
    private static final class ReplacedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplacedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

package dev.codebasemcp.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guards every path against DNS rebinding: the {@code Host} header must name the loopback
 * interface with the port listened on ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) or
 * one of the configured names; a state-changing request that carries an {@code Origin} must come
 * from such a host too. A page on a foreign site whose name was rebound to 127.0.0.1 therefore
 * cannot drive the API from a victim's browser.
 */
final class HostCheck implements Handler {

    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<HandlerType> SAFE_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Set<String> configuredNames;

    /**
     * @param configuredNames further accepted names, each {@code name} (any port) or {@code name:port}
     */
    HostCheck(List<String> configuredNames) {
        this.configuredNames = new LinkedHashSet<>();
        for (String name : configuredNames) {
            this.configuredNames.add(name.strip().toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public void handle(Context ctx) {
        int localPort = ctx.req().getLocalPort();
        String host = ctx.header("Host");
        if (host == null || !allowed(host.strip().toLowerCase(Locale.ROOT), localPort)) {
            throw new ApiProblemException(ProblemType.FORBIDDEN_HOST, "Host",
                    "The Host header " + (host == null ? "is missing" : "'" + host + "' is not allowed")
                            + "; allowed: " + describeAllowed(localPort)
                            + " (add names with CODEBASE_HTTP_ALLOWED_HOSTS)");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !SAFE_METHODS.contains(ctx.method()) && !allowedOrigin(origin.strip(), localPort)) {
            throw new ApiProblemException(ProblemType.FORBIDDEN_ORIGIN, "Origin",
                    "The Origin header '" + origin + "' is not allowed on a " + ctx.method()
                            + " request; allowed: http(s):// followed by " + describeAllowed(localPort)
                            + " (add names with CODEBASE_HTTP_ALLOWED_HOSTS)");
        }
    }

    private boolean allowedOrigin(String origin, int localPort) {
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return false;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(scheme) ? 443 : 80;
            return allowed(uri.getHost().toLowerCase(Locale.ROOT) + ":" + port, localPort);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code hostAndPort} as sent in a Host header: {@code name}, {@code name:port}, {@code [v6]:port}. */
    private boolean allowed(String hostAndPort, int localPort) {
        int colon = hostAndPort.lastIndexOf(':');
        boolean hasPort = colon > hostAndPort.lastIndexOf(']');
        String name = hasPort ? hostAndPort.substring(0, colon) : hostAndPort;
        String port = hasPort ? hostAndPort.substring(colon + 1) : "80";
        if (LOOPBACK_NAMES.contains(name)) {
            return port.equals(Integer.toString(localPort));
        }
        return configuredNames.contains(name) || configuredNames.contains(name + ":" + port);
    }

    private String describeAllowed(int localPort) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : LOOPBACK_NAMES) {
            names.add(name + ":" + localPort);
        }
        names.addAll(configuredNames);
        return String.join(", ", names);
    }
}

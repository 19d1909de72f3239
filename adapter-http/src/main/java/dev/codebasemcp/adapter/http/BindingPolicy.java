package dev.codebasemcp.adapter.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The API may listen beyond the loopback interface only when a bearer token protects it. */
public final class BindingPolicy {

    private BindingPolicy() {
    }

    /**
     * @throws UnsafeBindingException when {@code host} is not a loopback address and no token is set
     */
    public static void check(String host, boolean tokenConfigured) {
        if (!tokenConfigured && !isLoopback(host)) {
            throw new UnsafeBindingException("Refusing to listen on " + host + " without a token: anyone who can reach it "
                    + "could start indexing and read code. Set CODEBASE_HTTP_TOKEN, or bind to 127.0.0.1 (the default).");
        }
    }

    static boolean isLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            throw new UnsafeBindingException("Cannot resolve the host to listen on: " + host);
        }
    }

    /** The configured binding would expose the API without protection. */
    public static final class UnsafeBindingException extends IllegalStateException {
        public UnsafeBindingException(String message) {
            super(message);
        }
    }
}

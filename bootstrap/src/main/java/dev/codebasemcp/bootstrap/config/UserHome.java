package dev.codebasemcp.bootstrap.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's home directory as the shell sees it: {@code $HOME} when it is an absolute path, else
 * the JVM's {@code user.home} (which comes from the password database and ignores {@code $HOME}, so
 * a user running with another HOME would otherwise share an account's database).
 */
final class UserHome {

    private UserHome() {
    }

    static Path of(Map<String, String> environment, String userHomeProperty) {
        String home = environment.get("HOME");
        if (home != null && home.startsWith("/")) {
            return Path.of(home).normalize();
        }
        return Path.of(userHomeProperty);
    }
}

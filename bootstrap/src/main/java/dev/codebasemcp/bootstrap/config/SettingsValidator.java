package dev.codebasemcp.bootstrap.config;

import dev.codebasemcp.bootstrap.config.SettingsLoader.SourcedValue;
import dev.codebasemcp.domain.InvalidInputException;
import dev.codebasemcp.domain.project.ProjectId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns raw values into {@link Settings}, collecting one line per unusable value. */
final class SettingsValidator {

    private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

    private final Map<String, SourcedValue> values;
    private final Path userHome;
    private final List<String> problems = new ArrayList<>();
    private String firstBadVariable;

    SettingsValidator(Map<String, SourcedValue> values, Path userHome) {
        this.values = values;
        this.userHome = userHome;
    }

    Settings validate() {
        Path home = homeDirectory();
        Settings.Database database = database();
        Settings.Jobs jobs = jobs();
        Settings.Indexing indexing = new Settings.Indexing(
                wholeNumber(Variable.CODEBASE_MAX_FILE_BYTES, 1, 1L << 30),
                (int) wholeNumber(Variable.CODEBASE_CHUNK_MAX_LINES, 1, 10_000),
                (int) wholeNumber(Variable.CODEBASE_CHUNK_MAX_CHARS, 80, 1_000_000));
        Duration searchTimeout = Duration.ofMillis(wholeNumber(Variable.CODEBASE_SEARCH_TIMEOUT_MS, 100, 600_000));
        Settings.Http http = http();
        List<Path> allowedRoots = allowedRoots();
        ProjectId defaultProject = defaultProject();
        String logLevel = logLevel();
        if (!problems.isEmpty()) {
            throw new ConfigurationException(firstBadVariable, problems);
        }
        return new Settings(home, database, jobs, indexing, searchTimeout, http, allowedRoots, defaultProject, logLevel);
    }

    /** CODEBASE_HOME with {@code ~} expanded; also needed before the rest, to find its .env file. */
    Path homeDirectory() {
        String text = text(Variable.CODEBASE_HOME);
        String expanded = text.equals("~") ? userHome.toString()
                : text.startsWith("~/") ? userHome.resolve(text.substring(2)).toString() : text;
        if (!expanded.startsWith("/")) {
            reject(Variable.CODEBASE_HOME, "must be an absolute directory (or start with ~/)");
            return userHome.resolve(".codebase-mcp");
        }
        Path home = Path.of(expanded).normalize();
        if (Files.exists(home) && !Files.isDirectory(home)) {
            reject(Variable.CODEBASE_HOME, "exists but is not a directory");
        }
        return home;
    }

    private Settings.Database database() {
        String url = optionalText(Variable.CODEBASE_DATABASE_URL);
        String user = optionalText(Variable.CODEBASE_DATABASE_USER);
        String password = optionalText(Variable.CODEBASE_DATABASE_PASSWORD);
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            reject(Variable.CODEBASE_DATABASE_URL, "must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://127.0.0.1:5432/codebase, or empty for the embedded database");
        }
        if (url == null && user != null) {
            reject(Variable.CODEBASE_DATABASE_USER, "is set but CODEBASE_DATABASE_URL is not; "
                    + "set the URL as well, or unset the user to use the embedded database");
        }
        if (url == null && password != null) {
            rejectQuietly(Variable.CODEBASE_DATABASE_PASSWORD, "CODEBASE_DATABASE_PASSWORD "
                    + sourceOf(Variable.CODEBASE_DATABASE_PASSWORD) + " is set but CODEBASE_DATABASE_URL is not; "
                    + "set the URL as well, or unset the password to use the embedded database");
        }
        int poolSize = (int) wholeNumber(Variable.CODEBASE_DATABASE_POOL_SIZE, 2, 200);
        long embeddedIdle = wholeNumber(Variable.CODEBASE_EMBEDDED_IDLE_SECONDS, 0, 86_400);
        return new Settings.Database(url, user, password, poolSize, Duration.ofSeconds(embeddedIdle));
    }

    private Settings.Jobs jobs() {
        int maxConcurrent = (int) wholeNumber(Variable.MAX_CONCURRENT_INDEXING_JOBS, 1, 64);
        long timeout = wholeNumber(Variable.INDEXING_JOB_TIMEOUT_SECONDS, 1, 604_800);
        int maxAttempts = (int) wholeNumber(Variable.INDEXING_JOB_MAX_ATTEMPTS, 1, 100);
        long lease = wholeNumber(Variable.CODEBASE_JOB_LEASE_SECONDS, 5, 3600);
        long heartbeat = wholeNumber(Variable.CODEBASE_JOB_HEARTBEAT_SECONDS, 1, 1800);
        if (heartbeat * 2 > lease && isWholeNumber(Variable.CODEBASE_JOB_LEASE_SECONDS)) {
            reject(Variable.CODEBASE_JOB_HEARTBEAT_SECONDS, "must be at most half of CODEBASE_JOB_LEASE_SECONDS ("
                    + lease + "), so that one late renewal does not lose the lease");
        }
        return new Settings.Jobs(maxConcurrent, Duration.ofSeconds(timeout), maxAttempts,
                Duration.ofSeconds(lease), Duration.ofSeconds(heartbeat));
    }

    private Settings.Http http() {
        String host = text(Variable.CODEBASE_HTTP_HOST);
        if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            reject(Variable.CODEBASE_HTTP_HOST, "must be a host name or IP address without spaces, such as 127.0.0.1");
        }
        int port = (int) wholeNumber(Variable.CODEBASE_HTTP_PORT, 0, 65_535);
        String token = optionalText(Variable.CODEBASE_HTTP_TOKEN);
        if (token != null && token.chars().anyMatch(Character::isWhitespace)) {
            rejectQuietly(Variable.CODEBASE_HTTP_TOKEN, "CODEBASE_HTTP_TOKEN " + sourceOf(Variable.CODEBASE_HTTP_TOKEN)
                    + " is invalid: it must not contain whitespace (check for a stray space or line break)");
        }
        return new Settings.Http(host, port, token, allowedHosts());
    }

    private List<String> allowedHosts() {
        String text = optionalText(Variable.CODEBASE_HTTP_ALLOWED_HOSTS);
        if (text == null) {
            return List.of();
        }
        List<String> hosts = new ArrayList<>();
        for (String entry : text.split(",")) {
            String name = entry.strip();
            if (!name.matches("[A-Za-z0-9._-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?")) {
                reject(Variable.CODEBASE_HTTP_ALLOWED_HOSTS, "entry '" + name + "' is not a host name with an optional "
                        + "port; use comma-separated names such as codebase.example.org,my-laptop:8765");
            } else {
                hosts.add(name);
            }
        }
        return hosts;
    }

    private List<Path> allowedRoots() {
        String text = optionalText(Variable.CODEBASE_ALLOWED_ROOTS);
        if (text == null) {
            return List.of();
        }
        List<Path> roots = new ArrayList<>();
        for (String entry : text.split(":")) {
            if (entry.isBlank()) {
                continue;
            }
            if (!entry.startsWith("/")) {
                reject(Variable.CODEBASE_ALLOWED_ROOTS, "entry '" + entry
                        + "' is not absolute; use colon-separated absolute directories such as /home/me/src:/srv/repos");
            } else if (List.of(entry.split("/")).contains("..")) {
                reject(Variable.CODEBASE_ALLOWED_ROOTS, "entry '" + entry + "' contains a '..' segment; write the directory without it");
            } else {
                roots.add(Path.of(entry).normalize());
            }
        }
        if (roots.isEmpty() && problems.isEmpty()) {
            reject(Variable.CODEBASE_ALLOWED_ROOTS, "names no directory; list absolute directories such as "
                    + "/home/me/src:/srv/repos, or leave it unset to allow any directory");
        }
        return roots;
    }

    private ProjectId defaultProject() {
        try {
            return ProjectId.of(text(Variable.CODEBASE_DEFAULT_PROJECT));
        } catch (InvalidInputException e) {
            reject(Variable.CODEBASE_DEFAULT_PROJECT, "must be 1-63 characters from a-z, 0-9, '-' and '_'");
            return ProjectId.DEFAULT;
        }
    }

    private String logLevel() {
        String level = text(Variable.CODEBASE_LOG_LEVEL).strip().toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            reject(Variable.CODEBASE_LOG_LEVEL, "must be one of TRACE, DEBUG, INFO, WARN, ERROR");
            return "INFO";
        }
        return level;
    }

    private long wholeNumber(Variable variable, long min, long max) {
        String text = text(variable).strip();
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below together with the range
        }
        reject(variable, "must be a whole number from " + min + " to " + max);
        return Long.parseLong(variable.defaultValue());
    }

    private boolean isWholeNumber(Variable variable) {
        return text(variable).strip().matches("\\d{1,18}");
    }

    private String text(Variable variable) {
        SourcedValue value = values.get(variable.name());
        return value == null ? variable.defaultValue() : value.text();
    }

    private String optionalText(Variable variable) {
        String text = text(variable);
        return text.isEmpty() ? null : text;
    }

    private String sourceOf(Variable variable) {
        SourcedValue value = values.get(variable.name());
        return "(" + (value == null ? "default" : value.source()) + ")";
    }

    private void reject(Variable variable, String allowed) {
        rejectQuietly(variable, variable.name() + "=" + text(variable) + " " + sourceOf(variable) + " is invalid: " + allowed);
    }

    /** Records a problem whose line must not show the value, such as a password or token. */
    private void rejectQuietly(Variable variable, String line) {
        if (firstBadVariable == null) {
            firstBadVariable = variable.name();
        }
        problems.add(line);
    }
}

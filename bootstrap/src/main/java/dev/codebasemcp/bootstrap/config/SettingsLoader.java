package dev.codebasemcp.bootstrap.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the settings from three places, first wins: the process environment, the file named by
 * CODEBASE_ENV_FILE (in the environment), {@code .env} in CODEBASE_HOME; then the defaults of
 * {@link Variable}. A {@code .env} in the working directory is never read: an MCP client starts
 * the server inside a workspace, whose files must not redirect the database or widen the allowed
 * roots. An empty value counts as not set. Validation stops at nothing: every bad value is reported.
 */
public final class SettingsLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsLoader.class);
    private static final Set<String> KNOWN_NAMES = Stream.of(Variable.values()).map(Variable::name)
            .collect(Collectors.toUnmodifiableSet());

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path userHome;

    /**
     * @param environment      the process environment
     * @param workingDirectory what a relative CODEBASE_ENV_FILE is resolved against
     * @param userHome         what {@code ~} stands for in CODEBASE_HOME
     */
    public SettingsLoader(Map<String, String> environment, Path workingDirectory, Path userHome) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.userHome = userHome.toAbsolutePath().normalize();
    }

    /** The loader for this process: its environment, working directory and user home ({@code $HOME}). */
    public static SettingsLoader forThisProcess() {
        Map<String, String> environment = System.getenv();
        return new SettingsLoader(environment, Path.of("").toAbsolutePath(),
                UserHome.of(environment, System.getProperty("user.home")));
    }

    /** @throws ConfigurationException naming every variable with an unusable value */
    public Settings load() {
        Map<String, SourcedValue> values = new HashMap<>();
        addMissing(values, environment, "from the environment");
        Path namedFile = namedEnvFile();
        if (namedFile != null) {
            Map<String, String> fromNamedFile = new HashMap<>(DotEnvFile.read(namedFile));
            fromNamedFile.remove(Variable.CODEBASE_ENV_FILE.name());
            warnAboutUnknownNames(fromNamedFile.keySet(), namedFile);
            addMissing(values, fromNamedFile, "from " + namedFile);
        }
        Path homeFile = new SettingsValidator(values, userHome).homeDirectory().resolve(".env");
        if (!homeFile.equals(namedFile)) {
            Map<String, String> fromHome = new HashMap<>(DotEnvFile.read(homeFile));
            fromHome.remove(Variable.CODEBASE_HOME.name());
            fromHome.remove(Variable.CODEBASE_ENV_FILE.name());
            warnAboutUnknownNames(fromHome.keySet(), homeFile);
            addMissing(values, fromHome, "from " + homeFile);
        }
        return new SettingsValidator(values, userHome).validate();
    }

    /** The file CODEBASE_ENV_FILE names, which must exist; null when the variable is not set. */
    private Path namedEnvFile() {
        String name = environment.get(Variable.CODEBASE_ENV_FILE.name());
        if (name == null || name.isEmpty()) {
            return null;
        }
        Path file = workingDirectory.resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(Variable.CODEBASE_ENV_FILE.name(), List.of(Variable.CODEBASE_ENV_FILE.name()
                    + "=" + name + " (from the environment) is invalid: " + file + " is not a readable file"));
        }
        return file;
    }

    /** Adds each known, non-empty variable of {@code source} that no earlier source has set. */
    private static void addMissing(Map<String, SourcedValue> values, Map<String, String> source, String label) {
        for (Variable variable : Variable.values()) {
            String text = source.get(variable.name());
            if (text != null && !text.isEmpty() && !values.containsKey(variable.name())) {
                values.put(variable.name(), new SourcedValue(text, label));
            }
        }
    }

    /** A misspelt name in a .env file would otherwise be silently ignored. */
    private static void warnAboutUnknownNames(Set<String> names, Path file) {
        Set<String> unknown = names.stream()
                .filter(name -> name.startsWith("CODEBASE_") || name.contains("INDEXING_JOB"))
                .filter(name -> !KNOWN_NAMES.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            LOG.warn("{} sets {} which codebase-mcp does not know; known settings: {}", file, unknown,
                    new TreeSet<>(KNOWN_NAMES));
        }
    }

    /** A raw value and where it came from, for error messages. */
    record SourcedValue(String text, String source) {
        SourcedValue {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
        }
    }
}

package dev.codebasemcp.bootstrap.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the settings from three places, first wins: the process environment, {@code .env} in
 * the working directory, {@code .env} in CODEBASE_HOME; then the defaults of {@link Variable}.
 * An empty value counts as not set. Validation stops at nothing: every bad value is reported.
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
     * @param workingDirectory where a {@code .env} file is looked for first
     * @param userHome         what {@code ~} stands for in CODEBASE_HOME
     */
    public SettingsLoader(Map<String, String> environment, Path workingDirectory, Path userHome) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.userHome = userHome.toAbsolutePath().normalize();
    }

    /** The loader for this process: its environment, working directory and user home. */
    public static SettingsLoader forThisProcess() {
        return new SettingsLoader(System.getenv(), Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
    }

    /** @throws ConfigurationException naming every variable with an unusable value */
    public Settings load() {
        Map<String, SourcedValue> values = new HashMap<>();
        addMissing(values, environment, "from the environment");
        Path workingDirectoryFile = workingDirectory.resolve(".env");
        Map<String, String> fromWorkingDirectory = DotEnvFile.read(workingDirectoryFile);
        addMissing(values, fromWorkingDirectory, "from " + workingDirectoryFile);

        Path homeFile = new SettingsValidator(values, userHome).homeDirectory().resolve(".env");
        if (!homeFile.equals(workingDirectoryFile)) {
            Map<String, String> fromHome = new HashMap<>(DotEnvFile.read(homeFile));
            fromHome.remove(Variable.CODEBASE_HOME.name());
            warnAboutUnknownNames(fromHome.keySet(), homeFile);
            addMissing(values, fromHome, "from " + homeFile);
        }
        warnAboutUnknownNames(fromWorkingDirectory.keySet(), workingDirectoryFile);
        return new SettingsValidator(values, userHome).validate();
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

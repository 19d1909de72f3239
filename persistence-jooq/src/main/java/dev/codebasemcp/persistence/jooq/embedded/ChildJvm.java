package dev.codebasemcp.persistence.jooq.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of the small JVMs the embedded server uses ({@link EmbeddedServerLauncher},
 * {@link EmbeddedServerKeeper}): this process's java and class path, tuned for little work, so they
 * start fast and stay small.
 */
final class ChildJvm {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ChildJvm() {
    }

    /** A JVM running {@code mainClass} with {@code arguments}. */
    static List<String> command(Class<?> mainClass, String maxHeap, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", maxHeap,
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * As {@link #command}, in a session of its own where {@code setsid} exists: a Ctrl-C in the
     * terminal of the command that started it does not end it.
     */
    static List<String> detachedCommand(Class<?> mainClass, String maxHeap, String... arguments) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.addAll(command(mainClass, maxHeap, arguments));
        return command;
    }
}

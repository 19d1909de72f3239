package dev.codebasemcp.bootstrap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which standard streams are terminals: a progress bar, colour and questions only make sense there.
 *
 * @param stdin  questions can be answered
 * @param stdout results may be coloured
 * @param stderr a live progress bar may be drawn
 */
public record Terminals(boolean stdin, boolean stdout, boolean stderr) {

    public static final Terminals NONE = new Terminals(false, false, false);

    /** Looks at this process's streams; a dumb terminal counts as none. */
    public static Terminals detect() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return NONE;
        }
        return new Terminals(isTerminal(0), isTerminal(1), isTerminal(2));
    }

    /** True when stdout is a terminal and NO_COLOR (https://no-color.org) is not set. */
    public boolean colourOnStdout() {
        String noColour = System.getenv("NO_COLOR");
        return stdout && (noColour == null || noColour.isEmpty());
    }

    private static boolean isTerminal(int fd) {
        Path descriptors = Path.of("/proc/self/fd");
        if (!Files.isDirectory(descriptors)) {
            return System.console() != null;
        }
        try {
            String target = Files.readSymbolicLink(descriptors.resolve(Integer.toString(fd))).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException notALink) {
            return false;
        }
    }
}

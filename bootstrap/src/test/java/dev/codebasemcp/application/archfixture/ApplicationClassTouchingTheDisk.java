package dev.codebasemcp.application.archfixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks the "the core does no file or environment access" rule on purpose, in each of its three ways. */
public class ApplicationClassTouchingTheDisk {

    public boolean exists(Path path) {
        return Files.exists(path);
    }

    public Path real(Path path) throws IOException {
        return path.toRealPath();
    }

    public String home() {
        return System.getenv("HOME");
    }
}

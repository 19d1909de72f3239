package dev.codebasemcp.bootstrap.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small repositories written to disk for the tests. */
final class Repositories {

    private Repositories() {
    }

    /** {@code files} source files of {@code linesPerFile} distinct lines each; returns the real path. */
    static Path create(Path parent, String name, int files, int linesPerFile) throws IOException {
        Path root = Files.createDirectories(parent.resolve(name));
        for (int file = 0; file < files; file++) {
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < linesPerFile; line++) {
                text.append("int value_").append(file).append('_').append(line).append(" = ").append(line).append(";\n");
            }
            Path path = root.resolve("src/dir" + (file % 10) + "/File" + file + ".java");
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        }
        return root.toRealPath();
    }
}

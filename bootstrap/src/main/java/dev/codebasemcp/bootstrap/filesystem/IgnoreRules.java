package dev.codebasemcp.bootstrap.filesystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The ignore rules in force in one directory: its own {@code .codebaseignore} and {@code .gitignore}
 * on top of its parent's rules (the root's parent being {@code .git/info/exclude}). Matching follows
 * git: the deepest file with a matching pattern decides, and within a file the last matching pattern;
 * {@code .codebaseignore} beats {@code .gitignore} of the same directory. Patterns are JGit's
 * implementation of the gitignore syntax (negation, directory-only patterns, anchoring, {@code **}).
 */
final class IgnoreRules {

    static final String GITIGNORE = ".gitignore";
    static final String CODEBASEIGNORE = ".codebaseignore";
    /** Real ignore files are a few KiB; a larger one is a mistake or an attack on memory. */
    static final int MAX_BYTES = 1024 * 1024;

    private final IgnoreRules parent;
    /** Path of this directory relative to the root, '/'-separated, ending in '/' unless it is the root. */
    private final String directory;
    private final IgnoreNode[] nodes;

    private IgnoreRules(IgnoreRules parent, String directory, IgnoreNode... nodes) {
        this.parent = parent;
        this.directory = directory;
        this.nodes = nodes;
    }

    /** The rules of the repository root: {@code .git/info/exclude} below the root's own files. */
    static IgnoreRules forRoot(Path root) throws IOException {
        IgnoreRules exclude = new IgnoreRules(null, "", load(root.resolve(".git").resolve("info").resolve("exclude")));
        return exclude.child(root, "");
    }

    /** The rules of a subdirectory at {@code relativePath} ("" for the root), adding its own ignore files. */
    IgnoreRules child(Path directoryPath, String relativePath) throws IOException {
        IgnoreNode codebase = load(directoryPath.resolve(CODEBASEIGNORE));
        IgnoreNode git = load(directoryPath.resolve(GITIGNORE));
        if (codebase == null && git == null) {
            return this;
        }
        String prefix = relativePath.isEmpty() ? "" : relativePath + "/";
        return new IgnoreRules(this, prefix, codebase, git);
    }

    /** Whether the entry at {@code relativePath} is ignored. */
    boolean isIgnored(String relativePath, boolean isDirectory) {
        for (IgnoreRules rules = this; rules != null; rules = rules.parent) {
            String local = relativePath.substring(rules.directory.length());
            for (IgnoreNode node : rules.nodes) {
                if (node == null) {
                    continue;
                }
                Boolean ignored = node.checkIgnored(local, isDirectory);
                if (ignored != null) {
                    return ignored;
                }
            }
        }
        return false;
    }

    private static IgnoreNode load(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException(file.getFileName() + " is over " + MAX_BYTES / (1024 * 1024) + " MiB");
            }
            node.parse(file.toString(), new ByteArrayInputStream(bytes));
        } catch (NoSuchFileException e) {
            return null;
        }
        return node.getRules().isEmpty() ? null : node;
    }
}

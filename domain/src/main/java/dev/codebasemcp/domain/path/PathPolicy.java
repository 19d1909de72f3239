package dev.codebasemcp.domain.path;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides whether a path may be indexed. The syntactic rules ({@link #checkSyntax}) need no file
 * system; the file-system rules ({@link #checkOnDisk}) judge {@link PathFacts} gathered by the
 * caller and compare real paths, so a symbolic link cannot lead out of an allowed root.
 */
public final class PathPolicy {

    public static final int MAX_LENGTH = 4096;

    private final List<Path> allowedRoots;

    /**
     * @param allowedRoots absolute directories a repository must lie in, as real paths; empty allows any directory
     */
    public PathPolicy(List<Path> allowedRoots) {
        this.allowedRoots = allowedRoots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
    }

    public static PathPolicy allowingAnyDirectory() {
        return new PathPolicy(List.of());
    }

    public List<Path> allowedRoots() {
        return allowedRoots;
    }

    /**
     * Both checks: returns the real path of an existing, allowed directory.
     *
     * @param inspector what the file system says about a path
     */
    public Path validate(String rawPath, Function<Path, PathFacts> inspector) {
        Path path = checkSyntax(rawPath);
        return checkOnDisk(path, inspector.apply(path));
    }
    /** The rules that need no file system: not blank, no NUL, length, absolute, no '.' or '..' segment. */
    public static Path checkSyntax(String rawPath) {
        if (rawPath == null || rawPath.isBlank()) {
            throw new InvalidRepositoryPathException(PathRule.NOT_BLANK, "repo_path must not be blank");
        }
        if (rawPath.indexOf('\0') >= 0) {
            throw new InvalidRepositoryPathException(PathRule.NO_NUL_BYTE,
                    "repo_path must not contain a NUL byte, got: " + rawPath.replace("\0", "\\0"));
        }
        if (rawPath.length() > MAX_LENGTH) {
            throw new InvalidRepositoryPathException(PathRule.MAX_LENGTH,
                    "repo_path is " + rawPath.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
        }
        if (!rawPath.startsWith("/")) {
            throw new InvalidRepositoryPathException(PathRule.ABSOLUTE,
                    "repo_path must be absolute, got: " + rawPath);
        }
        for (String segment : rawPath.split("/")) {
            if (segment.equals("..")) {
                throw new InvalidRepositoryPathException(PathRule.NO_TRAVERSAL,
                        "Path traversal detected in repo_path: " + rawPath + " ('..' segments are not allowed)");
            }
            if (segment.equals(".")) {
                throw new InvalidRepositoryPathException(PathRule.NO_DOT_SEGMENT,
                        "repo_path must not contain '.' segments, got: " + rawPath);
            }
        }
        return Path.of(rawPath).normalize();
    }

    /**
     * The rules about what is on disk: exists, is a readable directory, has a real path (fails closed
     * when it cannot be resolved), and that real path lies inside an allowed root.
     */
    public Path checkOnDisk(Path path, PathFacts facts) {
        if (!facts.exists()) {
            throw new InvalidRepositoryPathException(PathRule.EXISTS, "repo_path does not exist: " + path);
        }
        if (!facts.directory()) {
            throw new InvalidRepositoryPathException(PathRule.IS_DIRECTORY, "repo_path is not a directory: " + path);
        }
        if (!facts.readable()) {
            throw new InvalidRepositoryPathException(PathRule.READABLE, "repo_path is not readable: " + path);
        }
        Path real = facts.realPath();
        if (real == null) {
            throw new InvalidRepositoryPathException(PathRule.REAL_PATH,
                    "repo_path " + path + " cannot be resolved to its real path: " + facts.resolveProblem());
        }
        if (!allowedRoots.isEmpty() && allowedRoots.stream().noneMatch(real::startsWith)) {
            throw new InvalidRepositoryPathException(PathRule.INSIDE_ALLOWED_ROOTS,
                    "repo_path " + path + (real.equals(path) ? "" : " (really " + real + ")")
                            + " is outside the allowed roots: " + describeRoots());
        }
        return real;
    }

    private String describeRoots() {
        return allowedRoots.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}

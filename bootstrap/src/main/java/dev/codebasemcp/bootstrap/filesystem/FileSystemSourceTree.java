package dev.codebasemcp.bootstrap.filesystem;

import dev.codebasemcp.application.port.out.SourceTree;
import dev.codebasemcp.domain.index.SkipReason;
import dev.codebasemcp.domain.index.SkippedPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A repository on the local file system. Listing walks the tree without ever following a symbolic
 * link (a link is counted as skipped, so a link loop cannot hang the walk and no link leads out of
 * the repository); every directory and file is opened through {@link NoFollowDirectories}, so a
 * directory anywhere on its path swapped for a link while the scan runs is not followed either; never enters {@code .git}, and applies {@code .gitignore} files at every level,
 * {@code .git/info/exclude} and {@code .codebaseignore} files ({@link IgnoreRules}). A directory
 * that cannot be read, or whose ignore file cannot be read or is too large, is left out whole and
 * recorded with its reason; one that vanishes while listing is left out.
 */
public final class FileSystemSourceTree implements SourceTree {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemSourceTree.class);

    @Override
    public Listing list(Path root) {
        List<SourceFile> files = new ArrayList<>();
        Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        List<SkippedPath> skippedPaths = new ArrayList<>();
        Deque<PendingDirectory> pending = new ArrayDeque<>();
        try {
            pending.push(new PendingDirectory(root, "", IgnoreRules.forRoot(root)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ignore rules of " + root + ": " + e.getMessage(), e);
        }
        boolean atRoot = true;
        while (!pending.isEmpty()) {
            PendingDirectory directory = pending.pop();
            try {
                listDirectory(directory, files, skipped, skippedPaths, pending);
            } catch (NoSuchFileException | NotDirectoryException e) {
                if (atRoot) {
                    throw new UncheckedIOException("Cannot list the repository " + root + ": " + e.getMessage(), e);
                }
            } catch (IOException e) {
                if (atRoot) {
                    throw new UncheckedIOException("Cannot list the repository " + root + ": " + e.getMessage(), e);
                }
                LOG.info("Skipping unreadable directory {}: {}", directory.path(), e.getMessage());
                skipDirectory(directory.relative(), describe(e), skipped, skippedPaths);
            }
            atRoot = false;
        }
        files.sort(Comparator.comparing(SourceFile::path));
        return new Listing(files, skipped, skippedPaths);
    }

    private static void skipDirectory(String relative, String reason, Map<SkipReason, Integer> skipped,
                                      List<SkippedPath> skippedPaths) {
        skipped.merge(SkipReason.UNREADABLE, 1, Integer::sum);
        if (skippedPaths.size() < SkippedPath.MAX_RECORDED) {
            skippedPaths.add(new SkippedPath(relative, true, reason));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void listDirectory(PendingDirectory directory, List<SourceFile> files, Map<SkipReason, Integer> skipped,
                                      List<SkippedPath> skippedPaths, Deque<PendingDirectory> pending) throws IOException {
        try (SecureDirectoryStream<Path> entries = NoFollowDirectories.open(directory.path())) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.equals(".git")) {
                    continue;
                }
                String relative = directory.relative().isEmpty() ? name : directory.relative() + "/" + name;
                BasicFileAttributes attributes;
                try {
                    attributes = entries.getFileAttributeView(entry.getFileName(), BasicFileAttributeView.class,
                            LinkOption.NOFOLLOW_LINKS).readAttributes();
                } catch (NoSuchFileException e) {
                    continue;
                }
                if (directory.rules().isIgnored(relative, attributes.isDirectory())) {
                    continue;
                }
                if (attributes.isSymbolicLink()) {
                    skipped.merge(SkipReason.SYMLINK, 1, Integer::sum);
                } else if (attributes.isDirectory()) {
                    // Without its ignore rules the directory could expose files meant to be left out: skip it whole.
                    try {
                        pending.push(new PendingDirectory(entry, relative, directory.rules().child(entry, relative)));
                    } catch (IOException e) {
                        LOG.info("Skipping directory {}: its ignore rules cannot be read: {}", entry, e.getMessage());
                        skipDirectory(relative, "its ignore rules cannot be read: " + describe(e), skipped, skippedPaths);
                    }
                } else if (attributes.isRegularFile()) {
                    files.add(new SourceFile(relative, attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
                }
            }
        } catch (DirectoryIteratorException e) {
            // an entry that cannot be read mid-listing (as in /proc) makes the directory unreadable, not the run
            throw e.getCause();
        }
    }

    @Override
    public FileRead read(Path root, String path, long maxBytes) {
        Path file = root.resolve(path);
        // Opening a FIFO blocks until a writer comes, a device may never end: only regular files
        // are opened. A swap between this check and the open is the indexer's to survive: it
        // abandons a read that hangs once the run is stopped.
        try (SecureDirectoryStream<Path> parent = NoFollowDirectories.open(file.getParent())) {
            Path name = file.getFileName();
            BasicFileAttributes attributes = parent.getFileAttributeView(name, BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
            if (!attributes.isRegularFile()) {
                return new FileRead.Unreadable(attributes.isSymbolicLink() ? "became a symbolic link since it was listed"
                        : "not a regular file (a FIFO, socket or device)");
            }
            return readRegularFile(parent, name, maxBytes);
        } catch (NoSuchFileException e) {
            return new FileRead.Vanished();
        } catch (AccessDeniedException e) {
            return new FileRead.Unreadable("permission denied");
        } catch (IOException e) {
            return new FileRead.Unreadable(e.getMessage());
        }
    }

    private static FileRead readRegularFile(SecureDirectoryStream<Path> parent, Path name, long maxBytes) throws IOException {
        try (InputStream in = Channels.newInputStream(parent.newByteChannel(name,
                Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)))) {
            // One byte more than allowed tells a file that grew past the limit since it was listed.
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            return bytes.length > maxBytes ? new FileRead.TooLarge(bytes.length) : new FileRead.Content(bytes);
        }
    }

    private record PendingDirectory(Path path, String relative, IgnoreRules rules) {
    }
}

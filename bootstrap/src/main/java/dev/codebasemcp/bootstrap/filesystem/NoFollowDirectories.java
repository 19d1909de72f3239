package dev.codebasemcp.bootstrap.filesystem;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;

/**
 * Opens a directory by walking from {@code /} one name at a time, each step relative to the
 * directory opened before it and refusing a symbolic link ({@code openat} with {@code O_NOFOLLOW}).
 * A directory anywhere on the path that is swapped for a link, even between a check and the open,
 * therefore cannot lead a scan out of the repository.
 */
final class NoFollowDirectories {

    private NoFollowDirectories() {
    }

    /**
     * @param directory an absolute path
     * @throws IOException when a component is missing, not a directory or a symbolic link
     */
    static SecureDirectoryStream<Path> open(Path directory) throws IOException {
        SecureDirectoryStream<Path> current = openRoot(directory.getRoot());
        try {
            for (Path name : directory) {
                SecureDirectoryStream<Path> next = step(current, name, directory);
                current.close();
                current = next;
            }
            return current;
        } catch (IOException | RuntimeException e) {
            current.close();
            throw e;
        }
    }

    private static SecureDirectoryStream<Path> step(SecureDirectoryStream<Path> parent, Path name, Path directory)
            throws IOException {
        try {
            return parent.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
        } catch (FileSystemException e) {
            if (isSymbolicLink(parent, name)) {
                throw new FileSystemException(directory.toString(), null, "'" + name
                        + "' on the way is a symbolic link, and links are never followed");
            }
            throw e;
        }
    }

    private static boolean isSymbolicLink(SecureDirectoryStream<Path> parent, Path name) {
        try {
            return parent.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .readAttributes().isSymbolicLink();
        } catch (IOException e) {
            return false;
        }
    }

    private static SecureDirectoryStream<Path> openRoot(Path root) throws IOException {
        if (root == null) {
            throw new IllegalArgumentException("an absolute directory is required");
        }
        DirectoryStream<Path> stream = Files.newDirectoryStream(root);
        if (stream instanceof SecureDirectoryStream<Path> secure) {
            return secure;
        }
        stream.close();
        throw new IOException("This file system cannot open directories without following symbolic links");
    }
}

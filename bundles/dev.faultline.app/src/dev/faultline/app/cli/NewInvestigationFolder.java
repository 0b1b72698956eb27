package dev.faultline.app.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.faultline.model.persistence.InvestigationFolder;

/**
 * The folder a CLI writer puts an investigation in, checked before anything is written (a plain
 * file, a path below a file, a folder holding something else, a folder that cannot be written are
 * bad input naming the path), and what it made there, so that a failed command leaves nothing
 * half-made: {@link #undo()} removes the folders it created, or empties the empty folder it was given.
 */
public final class NewInvestigationFolder {

    private final Path dir;
    private final Path createdTop;
    private final boolean wasEmpty;

    private NewInvestigationFolder(Path dir, Path createdTop, boolean wasEmpty) {
        this.dir = dir;
        this.createdTop = createdTop;
        this.wasEmpty = wasEmpty;
    }

    /**
     * Checks {@code dir} and creates it when missing.
     *
     * @param investigationAllowed whether an existing investigation folder is fine (import adds to it; sample does not)
     * @throws BadInputException naming the path and what is wrong with it
     */
    public static NewInvestigationFolder prepare(Path dir, boolean investigationAllowed) throws BadInputException {
        Path root = dir.toAbsolutePath().normalize();
        Path existing = root;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new BadInputException("cannot create " + root + ": no part of the path exists");
        }
        if (!Files.isDirectory(existing)) {
            throw new BadInputException(existing.equals(root) ? root + ": is a file, not an investigation folder"
                    : "cannot create " + root + ": " + existing + " is a file, not a folder");
        }
        if (existing.equals(root)) {
            boolean investigation = Files.isRegularFile(root.resolve(InvestigationFolder.MODEL_FILE));
            if (investigation && !investigationAllowed) {
                throw new BadInputException(root + ": already holds an investigation; give a new or empty folder");
            }
            boolean empty = isEmpty(root);
            if (!investigation && !empty) {
                throw new BadInputException(root + ": folder is not empty and holds no investigation (no " + InvestigationFolder.MODEL_FILE
                        + "); give a new or empty folder" + (investigationAllowed ? " or an investigation folder" : ""));
            }
            if (!Files.isWritable(root)) {
                throw new BadInputException(root + ": folder is not writable");
            }
            return new NewInvestigationFolder(root, null, empty);
        }
        if (!Files.isWritable(existing)) {
            throw new BadInputException("cannot create " + root + ": " + existing + " is not writable");
        }
        Path top = existing.relativize(root).getNameCount() > 0 ? existing.resolve(existing.relativize(root).getName(0)) : root;
        try {
            Files.createDirectories(root);
        } catch (FileSystemException e) {
            throw new BadInputException("cannot create " + root + ": " + reason(e), e);
        } catch (IOException e) {
            throw new BadInputException("cannot create " + root + ": " + e.getMessage(), e);
        }
        return new NewInvestigationFolder(root, top, true);
    }

    /** What went wrong, in words (the file system's reason, else what the kind of failure means). */
    private static String reason(FileSystemException e) {
        if (e.getReason() != null) {
            return e.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "the file system does not allow a folder there";
        }
        return "the file system refused to create it";
    }

    private static boolean isEmpty(Path dir) throws BadInputException {
        try {
            return InvestigationFolder.holdsNothing(dir);
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The folder (absolute, normalised). */
    public Path dir() {
        return dir;
    }

    /** Whether the folder was new or empty (an investigation is created there). */
    public boolean isNew() {
        return wasEmpty;
    }

    /**
     * After a failure: removes what the command made when the folder was new or empty (the folders
     * it created, or the content of the empty folder); an existing investigation is left alone.
     * Best effort: what cannot be removed is left, and the caller's failure is what is reported.
     */
    public void undo() {
        if (!wasEmpty) {
            return;
        }
        try {
            if (createdTop != null) {
                deleteTree(createdTop);
            } else {
                try (Stream<Path> entries = Files.list(dir)) {
                    // the lock file stays: another writer may be waiting on it, and a folder holding only it is empty
                    for (Path entry : entries.filter(p -> !p.getFileName().toString().equals(InvestigationFolder.LOCK_FILE)).toList()) {
                        deleteTree(entry);
                    }
                }
            }
        } catch (IOException e) {
            // left behind; the command's own failure is what the user needs to read
        }
    }

    private static void deleteTree(Path top) throws IOException {
        if (!Files.exists(top)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(top)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}

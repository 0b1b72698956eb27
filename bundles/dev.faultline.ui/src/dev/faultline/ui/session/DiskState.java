package dev.faultline.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * What {@code investigation.xmi} looked like on disk: its file key (inode; an atomic save makes a
 * new one), size and modification time. Two states differ when another writer saved in between.
 */
record DiskState(Object fileKey, long size, long modifiedMillis) {

    static DiskState of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new DiskState(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (NoSuchFileException e) {
            return new DiskState(null, -1, -1);
        } catch (IOException e) {
            return new DiskState("unreadable", -1, -1);
        }
    }

    boolean sameAs(DiskState other) {
        return other != null && Objects.equals(fileKey, other.fileKey) && size == other.size && modifiedMillis == other.modifiedMillis;
    }
}

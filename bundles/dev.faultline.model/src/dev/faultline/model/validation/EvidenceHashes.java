package dev.faultline.model.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 and size of evidence files, streamed, and remembered per file as long as its size and
 * modification time stay the same, so that re-validating after every edit does not re-read
 * gigabytes of evidence. A rewrite that keeps both size and modification time (possible on file
 * systems with coarse timestamps) goes unnoticed until a new {@link InvestigationValidator} is used.
 */
final class EvidenceHashes {

    /** Hash and size of one file. */
    record Digest(String sha256, long size) {
    }

    private record Stamp(long size, FileTime modified) {
    }

    private record Entry(Stamp stamp, Digest digest) {
    }

    private final Map<Path, Entry> known = new ConcurrentHashMap<>();

    /** @throws java.nio.file.NoSuchFileException if the file does not exist */
    Digest of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime());
        Entry entry = known.get(file);
        if (entry != null && entry.stamp().equals(stamp)) {
            return entry.digest();
        }
        Digest digest = compute(file);
        known.put(file, new Entry(stamp, digest));
        return digest;
    }

    private static Digest compute(Path file) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime has no SHA-256", e);
        }
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            size = in.transferTo(OutputStream.nullOutputStream());
        }
        return new Digest(HexFormat.of().formatHex(sha256.digest()), size);
    }
}

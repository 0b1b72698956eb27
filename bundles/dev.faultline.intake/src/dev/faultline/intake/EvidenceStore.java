package dev.faultline.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.faultline.model.Evidence;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Investigation;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * The evidence folder of an investigation. A file is copied in once (hashed with SHA-256 while it
 * is copied), made read-only and never written again; the same bytes imported again are recognised
 * by their hash and not copied twice. Every copy is written to the custody log.
 */
public final class EvidenceStore {

    private final InvestigationFolder folder;
    private final CustodyLog custody;

    private Map<String, Evidence> bySha256;
    private int indexedEvidence;

    public EvidenceStore(InvestigationFolder folder) {
        this.folder = folder;
        this.custody = new CustodyLog(folder.root());
    }

    /** A file in the store: its Evidence object, and whether it was already there. */
    public record Stored(Evidence evidence, Path file, boolean alreadyPresent) {
    }

    /**
     * Copies {@code source} into the evidence folder, unless the same bytes are there already.
     * The returned Evidence is new (not yet added to the investigation) unless {@code alreadyPresent}.
     *
     * @param origin where the file came from, for the custody log (its path, or "archive!entry")
     * @param by who imports it
     */
    public Stored add(Path source, String origin, String by) throws IOException {
        Path evidenceDir = Files.createDirectories(folder.evidenceDir());
        Path partial = Files.createTempFile(evidenceDir, ".incoming-", ".part");
        String sha256;
        long size;
        try {
            MessageDigest digest = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
                    OutputStream out = Files.newOutputStream(partial)) {
                size = in.transferTo(out);
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
            Optional<Evidence> existing = known(sha256);
            if (existing.isPresent()) {
                return new Stored(existing.get(), folder.evidenceFile(existing.get()), true);
            }
            String name = source.getFileName().toString();
            Path target = freeName(evidenceDir, name);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            target.toFile().setWritable(false, false);
            Evidence evidence = FaultlineFactory.eINSTANCE.createEvidence();
            evidence.setOriginalName(name);
            evidence.setPath(evidenceDir.relativize(target).toString());
            evidence.setSha256(sha256);
            evidence.setSize(size);
            evidence.setMediaType(mediaType(target));
            evidence.setImportedAt(Instant.now());
            evidence.setImportedBy(by);
            custody.append(new CustodyLog.Entry(evidence.getImportedAt(), by, "copy", evidence.getPath(), sha256, size,
                    origin, null, 0, 0));
            return new Stored(evidence, target, false);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** {@link #find} through a map of the investigation's evidence by hash (an import of 100,000 files asks 100,000 times). */
    private Optional<Evidence> known(String sha256) {
        List<Evidence> all = folder.investigation().getEvidence();
        if (bySha256 == null || indexedEvidence != all.size()) {
            bySha256 = new HashMap<>();
            for (Evidence e : all) {
                if (e.getSha256() != null) {
                    bySha256.putIfAbsent(e.getSha256().toLowerCase(Locale.ROOT), e);
                }
            }
            indexedEvidence = all.size();
        }
        return Optional.ofNullable(bySha256.get(sha256.toLowerCase(Locale.ROOT)));
    }

    /** The SHA-256 of a file (lower-case hex). */
    public static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A new Evidence (not in the investigation yet) for a file already in the evidence folder, e.g.
     * one whose import a killed process never recorded in the model.
     */
    static Evidence describe(Path file, Path evidenceDir, String sha256, String originalName, Instant importedAt, String importedBy)
            throws IOException {
        Evidence evidence = FaultlineFactory.eINSTANCE.createEvidence();
        evidence.setOriginalName(originalName);
        evidence.setPath(evidenceDir.relativize(file).toString());
        evidence.setSha256(sha256);
        evidence.setSize(Files.size(file));
        evidence.setMediaType(mediaType(file));
        evidence.setImportedAt(importedAt);
        evidence.setImportedBy(importedBy);
        return evidence;
    }

    /** The evidence with these bytes already in the investigation, if any. */
    public static Optional<Evidence> find(Investigation investigation, String sha256) {
        return investigation.getEvidence().stream().filter(e -> sha256.equalsIgnoreCase(e.getSha256())).findFirst();
    }

    public CustodyLog custody() {
        return custody;
    }

    private static Path freeName(Path dir, String name) {
        Path candidate = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = dir.resolve(stem + "-" + n + extension);
        }
        return candidate;
    }

    private static String mediaType(Path file) {
        try {
            String probed = Files.probeContentType(file);
            return probed != null ? probed : "application/octet-stream";
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package dev.faultline.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.faultline.model.Evidence;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * The files of an investigation's {@code evidence/} folder held against its model and custody log,
 * read-only: evidence files the model does not list, partial copies left by an interrupted copy,
 * custody entries whose evidence is neither listed nor present.
 * <p>
 * Custody actions: {@value #COPY} (a file entered the store), {@value #IMPORT} (it was read),
 * {@value #ADOPT} (a repair added a file the model had lost), {@value #REMOVE} (the analyst removed
 * it from the investigation; the read-only copy stays, as evidence does).
 */
public final class EvidenceFiles {

    public static final String COPY = "copy";
    public static final String IMPORT = "import";
    public static final String ADOPT = "adopt";
    public static final String REMOVE = "remove";
    /** Prefix of the store's partial copies ({@link EvidenceStore}). */
    static final String PARTIAL_PREFIX = ".incoming-";

    /**
     * An evidence file the model does not list (its import was interrupted, or not saved yet).
     *
     * @param path relative to {@code evidence/}
     * @param copied the custody entry of its copy into the store, or null when the copy was not logged yet
     * @param imported the custody entry of its import, or null
     */
    public record Unlisted(Path file, String path, CustodyLog.Entry copied, CustodyLog.Entry imported) {
    }

    private final List<Unlisted> unlisted = new ArrayList<>();
    private final List<Path> partialCopies = new ArrayList<>();
    private final List<CustodyLog.Entry> withoutEvidence = new ArrayList<>();

    private EvidenceFiles() {
    }

    public static EvidenceFiles of(InvestigationFolder folder) throws IOException {
        EvidenceFiles result = new EvidenceFiles();
        Set<String> listed = new HashSet<>();
        Set<String> listedSha = new HashSet<>();
        for (Evidence evidence : folder.investigation().getEvidence()) {
            if (evidence.getPath() != null) {
                listed.add(Path.of(evidence.getPath()).normalize().toString());
            }
            listedSha.add(InvestigationIndex.key(evidence.getSha256()));
        }
        Map<String, CustodyLog.Entry> lastCopy = new HashMap<>();
        Map<String, CustodyLog.Entry> lastImport = new HashMap<>();
        Map<String, String> lastAction = new HashMap<>();
        for (CustodyLog.Entry entry : new CustodyLog(folder.root()).read()) {
            if (entry.file() == null || entry.action() == null) {
                continue;
            }
            String path = Path.of(entry.file()).normalize().toString();
            switch (entry.action()) {
                case COPY, ADOPT -> lastCopy.put(path, entry);
                case IMPORT -> lastImport.put(path, entry);
                default -> {
                    // other actions only count as the last word on the file
                }
            }
            lastAction.put(path, entry.action());
        }
        Path dir = folder.evidenceDir();
        Set<String> present = new HashSet<>();
        if (Files.isDirectory(dir)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                String path = dir.relativize(file).normalize().toString();
                if (file.getFileName().toString().startsWith(PARTIAL_PREFIX)) {
                    result.partialCopies.add(file);
                    continue;
                }
                present.add(path);
                if (!listed.contains(path) && !REMOVE.equals(lastAction.get(path))) {
                    result.unlisted.add(new Unlisted(file, path, lastCopy.get(path), lastImport.get(path)));
                }
            }
        }
        for (Map.Entry<String, CustodyLog.Entry> copied : lastCopy.entrySet()) {
            String path = copied.getKey();
            if (!present.contains(path) && !listed.contains(path) && !REMOVE.equals(lastAction.get(path))
                    && !listedSha.contains(InvestigationIndex.key(copied.getValue().sha256()))) {
                result.withoutEvidence.add(copied.getValue());
            }
        }
        result.withoutEvidence.sort((a, b) -> a.at().compareTo(b.at()));
        return result;
    }

    /** Evidence files in {@code evidence/} the model does not list and the custody log does not say were removed. */
    public List<Unlisted> unlisted() {
        return unlisted;
    }

    /** Partial copies ({@value #PARTIAL_PREFIX}…) a killed copy left; never logged, safe to delete. */
    public List<Path> partialCopies() {
        return partialCopies;
    }

    /** Custody entries of files that are neither in {@code evidence/} nor listed in the model. */
    public List<CustodyLog.Entry> custodyWithoutEvidence() {
        return withoutEvidence;
    }

    /** SHA-256 (as logged) of the unlisted files the custody log knows: the investigation's, though the model lost them. */
    public Set<String> keptUnlisted() {
        Set<String> kept = new TreeSet<>();
        for (Unlisted file : unlisted) {
            if (file.copied() != null && file.copied().sha256() != null) {
                kept.add(InvestigationIndex.key(file.copied().sha256()));
            }
        }
        return kept;
    }
}

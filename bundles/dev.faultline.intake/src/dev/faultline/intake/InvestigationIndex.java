package dev.faultline.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.formats.Formats;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.Verification;
import dev.faultline.model.Evidence;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * An investigation's search index kept in agreement with its model. The index records in each
 * commit which evidence files (by SHA-256) it holds ({@link EvidenceIndex#heldEvidence()}); every
 * writer opens it through {@link #open}, which first builds a missing, damaged or outdated index
 * from the evidence, then indexes the evidence the model lists but the index lacks and removes the
 * records of evidence the investigation no longer has. So a killed import or rebuild never leaves
 * search silently incomplete or citing files the investigation does not list.
 * <p>
 * Evidence files still in {@code evidence/} whose import the model lost (a killed import, an import
 * in the workbench not saved yet) keep their records: they are the investigation's until a repair
 * adds them to the model or the custody log says they were removed ({@link EvidenceFiles}).
 */
public final class InvestigationIndex {

    /** Opens an investigation's index for writing, made to agree with its model (the caller holds the {@link InvestigationLock}). */
    @FunctionalInterface
    public interface Opening {
        /**
         * @param pending evidence not in the model yet that the index should hold too
         */
        EvidenceSearch open(InvestigationFolder folder, Collection<Evidence> pending, IndexProgress progress) throws IOException;
    }

    /** The embedded index, {@code DIR/index} ({@link #open}). */
    public static final Opening EMBEDDED = InvestigationIndex::open;

    private InvestigationIndex() {
    }

    /**
     * What the index holds against what the investigation has.
     *
     * @param missing SHA-256 of evidence the model lists (with a format Faultline reads) that the index holds no records of
     * @param unknown SHA-256 of evidence the index holds records of that the investigation does not have
     */
    public record Agreement(Set<String> missing, Set<String> unknown) {
        public boolean agrees() {
            return missing.isEmpty() && unknown.isEmpty();
        }
    }

    /**
     * Opens the index of {@code folder} for writing and makes it agree with the model (the caller
     * holds the {@link InvestigationLock}).
     *
     * @param pending evidence not in the model yet that the index should hold too (an import's new evidence)
     */
    public static EvidenceIndex open(InvestigationFolder folder, Collection<Evidence> pending, IndexProgress progress) throws IOException {
        List<Evidence> readable = readable(folder, pending);
        EvidenceIndex index = EvidenceIndex.open(folder.indexDir(), () -> records(folder, readable), progress, Verification.OPEN);
        try {
            reconcile(index, folder, pending, progress);
            return index;
        } catch (IOException | RuntimeException e) {
            try {
                index.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Indexes what the index lacks (also evidence whose earlier write was not finished, see
     * {@link EvidenceSearch#unfinishedEvidence}) and removes records of unknown evidence and of unfinished
     * evidence the investigation does not list (the caller holds the lock).
     *
     * @return what was found (and fixed)
     */
    public static Agreement reconcile(EvidenceSearch index, InvestigationFolder folder, Collection<Evidence> pending, IndexProgress progress)
            throws IOException {
        Set<String> unfinished = index.unfinishedEvidence();
        Agreement agreement = compare(index.heldEvidence(), folder, pending); // an unfinished file the model lists is missing
        Set<String> remove = new TreeSet<>(agreement.unknown());
        Map<String, Evidence> bySha = new LinkedHashMap<>();
        for (Evidence evidence : readable(folder, pending)) {
            bySha.putIfAbsent(key(evidence.getSha256()), evidence);
        }
        for (String sha : agreement.missing()) {
            Evidence evidence = bySha.get(sha);
            Path file = folder.evidenceFile(evidence);
            if (!Files.isRegularFile(file)) {
                if (unfinished.contains(sha)) {
                    remove.add(sha); // no file to finish its records from
                }
                continue; // the evidence file itself is gone: validation reports it; nothing to index
            }
            try (Stream<EvidenceRecord> records = EvidenceRecords.of(file, evidence.getPath(), evidence.getSha256(),
                    Formats.byId(evidence.getImporter()).orElseThrow(), ReadOptions.of(evidence))) {
                index.addEvidence(sha, records, progress);
            }
        }
        unfinished.stream().filter(sha -> !agreement.missing().contains(sha)).forEach(remove::add); // begun, and not the investigation's
        if (!remove.isEmpty()) {
            index.removeEvidence(remove);
        }
        return agreement;
    }

    /**
     * Replaces the records of evidence files read again ({@link ImportBatch#rereads()}: another format,
     * zone or year; or, undoing that in the workbench, the reading before) by what each file gives read
     * that way (the caller holds the {@link InvestigationLock}). Each file's old records are removed
     * first, so a reading without records leaves none of the old ones.
     */
    public static void reread(EvidenceSearch index, InvestigationFolder folder, Collection<ImportBatch.Reread> rereads, IndexProgress progress)
            throws IOException {
        for (ImportBatch.Reread reread : rereads) {
            Evidence evidence = reread.evidence();
            Path file = folder.evidenceFile(evidence);
            Optional<dev.faultline.core.formats.FormatParser> parser = Formats.byId(reread.format());
            if (evidence.getSha256() == null || parser.isEmpty() || !Files.isRegularFile(file)) {
                continue; // nothing Faultline can read: validation reports a missing file
            }
            String sha = key(evidence.getSha256());
            index.removeEvidence(Set.of(sha));
            try (Stream<EvidenceRecord> records = EvidenceRecords.of(file, evidence.getPath(), evidence.getSha256(), parser.get(),
                    reread.options())) {
                index.addEvidence(sha, records, progress);
            }
        }
    }

    /**
     * After a streaming import: a file read again whose new reading has no record keeps none of its
     * earlier records (adding records replaces a file's records only from its first new record on).
     */
    public static void dropEarlierRecordsOfEmptyRereads(EvidenceSearch index, ImportBatch batch, Collection<FileReport> reports)
            throws IOException {
        for (ImportBatch.Reread reread : batch.rereads()) {
            Evidence evidence = reread.evidence();
            boolean empty = reports.stream().anyMatch(r -> r.rereadFrom() != null && r.records() == 0
                    && java.util.Objects.equals(r.evidencePath(), evidence.getPath()));
            if (empty && evidence.getSha256() != null) {
                String sha = key(evidence.getSha256());
                index.removeEvidence(Set.of(sha));
                index.addEvidence(sha, Stream.empty(), IndexProgress.NONE); // still held: the file is the investigation's
            }
        }
    }

    /**
     * After records were added to the index as they were read (a streaming import): records the
     * files of {@code added} that had no records as held too (one commit, only when there are any).
     */
    public static void hold(EvidenceSearch index, Collection<Evidence> added) throws IOException {
        Set<String> held = index.heldEvidence();
        for (Evidence evidence : readable(null, added)) {
            String sha = key(evidence.getSha256());
            if (held.add(sha)) {
                index.addEvidence(sha, Stream.empty(), IndexProgress.NONE);
            }
        }
    }

    /**
     * Compares the index with the investigation without writing anything (for {@code validate}).
     *
     * @return empty when the folder has no index yet
     * @throws dev.faultline.index.IndexDamagedException when the index cannot be read
     */
    public static Optional<Agreement> check(InvestigationFolder folder) throws IOException {
        return check(folder, List.of());
    }

    /** Like {@link #check(InvestigationFolder)}, with evidence not in the model yet that the index should hold too. */
    public static Optional<Agreement> check(InvestigationFolder folder, Collection<Evidence> pending) throws IOException {
        Path indexDir = folder.indexDir();
        if (!hasCommit(indexDir)) {
            return Optional.empty();
        }
        try (EvidenceIndex index = EvidenceIndex.open(indexDir)) {
            return Optional.of(compare(index.heldEvidence(), folder, pending));
        }
    }

    private static boolean hasCommit(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(indexDir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("segments_") || p.getFileName().toString().startsWith("_"));
        }
    }

    static Agreement compare(Set<String> held, InvestigationFolder folder, Collection<Evidence> pending) throws IOException {
        Set<String> expected = new TreeSet<>();
        for (Evidence evidence : readable(folder, pending)) {
            expected.add(key(evidence.getSha256()));
        }
        Set<String> known = new TreeSet<>(expected);
        folder.investigation().getEvidence().forEach(e -> known.add(key(e.getSha256())));
        known.addAll(EvidenceFiles.of(folder).keptUnlisted());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(held);
        Set<String> unknown = new TreeSet<>(held);
        unknown.removeAll(known);
        return new Agreement(missing, unknown);
    }

    /** The evidence of the model (none when {@code folder} is null) and {@code pending} read by a format of this Faultline, i.e. with records for the index. */
    private static List<Evidence> readable(InvestigationFolder folder, Collection<Evidence> pending) {
        List<Evidence> all = new ArrayList<>(folder == null ? List.of() : folder.investigation().getEvidence());
        all.addAll(pending);
        return all.stream().filter(e -> e.getSha256() != null && e.getImporter() != null && Formats.byId(e.getImporter()).isPresent())
                .toList();
    }

    private static Stream<EvidenceRecord> records(InvestigationFolder folder, List<Evidence> evidence) {
        return evidence.stream().flatMap(e -> {
            try {
                Path file = folder.evidenceFile(e);
                return Files.isRegularFile(file)
                        ? EvidenceRecords.of(file, e.getPath(), e.getSha256(), Formats.byId(e.getImporter()).orElseThrow(), ReadOptions.of(e))
                        : Stream.empty();
            } catch (IOException ex) {
                return Stream.empty();
            }
        });
    }

    static String key(String sha256) {
        return sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
    }
}

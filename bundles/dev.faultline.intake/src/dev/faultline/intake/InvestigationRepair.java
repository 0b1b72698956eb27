package dev.faultline.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.Formats;
import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.IndexDamagedException;
import dev.faultline.index.IndexProgress;
import dev.faultline.model.Evidence;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Repairs what an interrupted writer (a killed import, index rebuild or save) or an outside change
 * left behind, without losing anything: evidence files in {@code evidence/} the model lost are
 * read again and added to the model (custody action {@value EvidenceFiles#ADOPT}); partial copies
 * that were never logged are deleted; the index is made to agree with the model
 * ({@link InvestigationIndex}). What cannot be repaired here (custody entries whose evidence file is
 * gone, a file whose bytes differ from its custody record) is reported and left as it is.
 * The caller holds the {@link InvestigationLock}.
 */
public final class InvestigationRepair {

    private InvestigationRepair() {
    }

    /**
     * What a repair did and found.
     *
     * @param done one line per change made
     * @param left one line per problem it could not repair (with what the analyst can do)
     */
    public record Outcome(List<String> done, List<String> left) {
        public boolean changed() {
            return !done.isEmpty();
        }
    }

    /** Repairs {@code folder} (open, under its writer lock) and saves it when the model changed. */
    public static Outcome run(InvestigationFolder folder, String user, IndexProgress progress) throws IOException {
        return run(folder, user, progress, InvestigationIndex.EMBEDDED);
    }

    /**
     * Like {@link #run(InvestigationFolder, String, IndexProgress)}, with the investigation's index opened
     * (and made to agree) by {@code index}: an index elsewhere than {@code DIR/index} reports what it fixed itself.
     */
    public static Outcome run(InvestigationFolder folder, String user, IndexProgress progress, InvestigationIndex.Opening index)
            throws IOException {
        List<String> done = new ArrayList<>();
        List<String> left = new ArrayList<>();
        EvidenceFiles files = EvidenceFiles.of(folder);
        for (Path partial : files.partialCopies()) {
            Files.deleteIfExists(partial);
            done.add("deleted " + partial + ": a partial copy an interrupted import left (never logged, the original is where it came from)");
        }
        EvidenceStore store = new EvidenceStore(folder);
        EvidenceImporter importer = new EvidenceImporter(folder, user);
        ImportBatch batch = new ImportBatch(folder.investigation());
        for (EvidenceFiles.Unlisted unlisted : files.unlisted()) {
            String sha256 = EvidenceStore.hash(unlisted.file());
            if (unlisted.copied() != null && unlisted.copied().sha256() != null && !unlisted.copied().sha256().equalsIgnoreCase(sha256)) {
                left.add(unlisted.file() + ": its bytes differ from the custody log's record of its copy (SHA-256 " + unlisted.copied().sha256()
                        + ", now " + sha256 + "); not added. Compare it with its origin " + unlisted.copied().from());
                continue;
            }
            if (EvidenceStore.find(folder.investigation(), sha256).isPresent()
                    || batch.evidence().stream().anyMatch(e -> e.getSha256().equalsIgnoreCase(sha256))) {
                left.add(unlisted.file() + ": the same bytes are already in the investigation under another name; left as it is");
                continue;
            }
            Evidence evidence = adopted(folder, unlisted, sha256, user);
            FormatParser format = unlisted.imported() == null ? null : Formats.byId(unlisted.imported().format()).orElse(null);
            FileReport report = importer.adopt(evidence, unlisted.file(), format, batch, ImportMonitor.NONE);
            store.custody().append(new CustodyLog.Entry(Instant.now(), user, EvidenceFiles.ADOPT, evidence.getPath(), sha256, evidence.getSize(),
                    unlisted.copied() == null ? "repair" : unlisted.copied().from(), report.format() == null ? "unknown" : report.format(),
                    report.records(), report.rejected()));
            done.add("added " + evidence.getPath() + " to the model (" + (report.format() == null ? "not a format Faultline reads"
                    : report.format() + ", " + report.records() + " records") + "): its import had not been recorded in the model");
        }
        for (CustodyLog.Entry entry : files.custodyWithoutEvidence()) {
            left.add(CustodyLog.FILE_NAME + ": " + entry.action() + " of " + entry.file() + " (" + entry.at() + ", from " + entry.from()
                    + ") but the file is not in evidence/ and the model does not list it; import it again from its origin");
        }
        // the index before the model: a repair killed here is found and finished by the next one
        Optional<InvestigationIndex.Agreement> before = Optional.empty();
        try {
            if (index == InvestigationIndex.EMBEDDED) {
                before = InvestigationIndex.check(folder, batch.evidence());
            }
        } catch (IndexDamagedException e) {
            done.add("rebuilt the index from the evidence: " + e.getMessage());
        }
        before.ifPresent(agreement -> {
            if (!agreement.missing().isEmpty()) {
                done.add("indexed " + agreement.missing().size() + " evidence file(s) the index lacked");
            }
            if (!agreement.unknown().isEmpty()) {
                done.add("removed from the index the records of " + agreement.unknown().size()
                        + " evidence file(s) the investigation does not have");
            }
        });
        try (EvidenceSearch agreed = index.open(folder, batch.evidence(), progress)) {
            InvestigationIndex.Agreement after = InvestigationIndex.compare(agreed.heldEvidence(), folder, batch.evidence());
            if (!after.missing().isEmpty()) {
                left.add("the index still lacks " + after.missing().size() + " evidence file(s) whose file is missing from evidence/");
            }
        }
        if (batch.size() > 0) {
            batch.addTo(folder.investigation());
            folder.save();
        }
        return new Outcome(done, left);
    }

    private static Evidence adopted(InvestigationFolder folder, EvidenceFiles.Unlisted unlisted, String sha256, String user) throws IOException {
        CustodyLog.Entry copied = unlisted.copied();
        String origin = copied == null || copied.from() == null ? unlisted.file().getFileName().toString() : copied.from();
        int cut = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('!'));
        Evidence evidence = EvidenceStore.describe(unlisted.file(), folder.evidenceDir(), sha256,
                cut >= 0 ? origin.substring(cut + 1) : origin, copied == null ? Files.getLastModifiedTime(unlisted.file()).toInstant() : copied.at(),
                copied == null || copied.by() == null ? user : copied.by());
        return evidence;
    }
}

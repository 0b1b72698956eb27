package dev.faultline.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.IndexDamagedException;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.validation.Problem;
import dev.faultline.model.validation.Problem.Severity;

/**
 * The checks of an investigation folder as a whole, beyond its model (for {@code validate}):
 * evidence files the model does not list, custody entries without evidence, evidence missing from
 * the index, index records of unknown evidence, a damaged index. Read-only; each problem says how
 * to repair it.
 */
public final class InvestigationIntegrity {

    public static final String UNLISTED_EVIDENCE = "integrity.evidence-not-in-model";
    public static final String PARTIAL_COPY = "integrity.partial-copy";
    public static final String CUSTODY_WITHOUT_EVIDENCE = "integrity.custody-without-evidence";
    public static final String MISSING_FROM_INDEX = "integrity.evidence-not-indexed";
    public static final String UNKNOWN_IN_INDEX = "integrity.index-cites-unknown-evidence";
    public static final String INDEX_DAMAGED = "integrity.index-damaged";
    /** The investigation's index is on a cluster that could not be asked (validate reports it; nothing to repair here). */
    public static final String INDEX_UNREACHABLE = "integrity.index-unreachable";

    private InvestigationIntegrity() {
    }

    public static List<Problem> check(InvestigationFolder folder) throws IOException {
        return check(folder, null);
    }

    /**
     * Like {@link #check(InvestigationFolder)}, with the index the investigation uses elsewhere than
     * {@code DIR/index} (a cluster), or {@code null} for {@code DIR/index}.
     */
    public static List<Problem> check(InvestigationFolder folder, EvidenceSearch elsewhere) throws IOException {
        String repair = "; repair: faultline repair --case " + folder.root();
        List<Problem> problems = new ArrayList<>();
        EvidenceFiles files = EvidenceFiles.of(folder);
        for (EvidenceFiles.Unlisted unlisted : files.unlisted()) {
            problems.add(new Problem(Severity.ERROR, UNLISTED_EVIDENCE, "evidence file " + unlisted.file() + " is not listed in the model ("
                    + (unlisted.imported() != null ? "the custody log records its import" : unlisted.copied() != null ? "the custody log records its copy"
                            : "not in the custody log either")
                    + "; an interrupted import, or one not saved yet in the workbench)" + repair + " (adds it to the model)", null));
        }
        for (var partial : files.partialCopies()) {
            problems.add(new Problem(Severity.WARNING, PARTIAL_COPY, "partial copy " + partial + " left by an interrupted import (never logged)"
                    + repair + " (deletes it)", null));
        }
        for (CustodyLog.Entry entry : files.custodyWithoutEvidence()) {
            problems.add(new Problem(Severity.ERROR, CUSTODY_WITHOUT_EVIDENCE, folder.root().resolve(CustodyLog.FILE_NAME) + ": '" + entry.action()
                    + "' of " + entry.file() + " (SHA-256 " + entry.sha256() + ", " + entry.at() + ", from " + entry.from()
                    + ") has no evidence: the file is not in evidence/ and the model does not list it; import it again from its origin", null));
        }
        if (elsewhere != null) {
            Set<String> unfinished = elsewhere.unfinishedEvidence();
            InvestigationIndex.Agreement agreement = InvestigationIndex.compare(elsewhere.heldEvidence(), folder, List.of());
            for (String sha : agreement.missing()) {
                problems.add(new Problem(Severity.ERROR, MISSING_FROM_INDEX, "evidence " + describe(folder, sha) + " is not in the search index "
                        + elsewhere + (unfinished.contains(sha) ? " completely (a write of its records did not finish)" : "")
                        + " (searches miss its records)" + repair, null));
            }
            for (String sha : agreement.unknown()) {
                problems.add(new Problem(Severity.ERROR, UNKNOWN_IN_INDEX, "the search index " + elsewhere + " holds records of evidence with SHA-256 "
                        + sha + ", which the investigation does not list" + repair + " (removes those records)", null));
            }
            return problems;
        }
        try {
            Optional<InvestigationIndex.Agreement> agreement = InvestigationIndex.check(folder);
            if (agreement.isEmpty()) {
                if (!InvestigationIndex.compare(java.util.Set.of(), folder, List.of()).missing().isEmpty()) {
                    problems.add(new Problem(Severity.WARNING, MISSING_FROM_INDEX, "the investigation has no search index yet"
                            + "; build it: faultline index --case " + folder.root(), null));
                }
            } else {
                for (String sha : agreement.get().missing()) {
                    problems.add(new Problem(Severity.ERROR, MISSING_FROM_INDEX, "evidence " + describe(folder, sha)
                            + " is not in the search index (searches miss its records)" + repair, null));
                }
                for (String sha : agreement.get().unknown()) {
                    problems.add(new Problem(Severity.ERROR, UNKNOWN_IN_INDEX, "the search index holds records of evidence with SHA-256 " + sha
                            + ", which the investigation does not list (searches cite a file it does not have)" + repair
                            + " (removes those records)", null));
                }
            }
        } catch (IndexDamagedException e) {
            problems.add(new Problem(Severity.ERROR, INDEX_DAMAGED, e.getMessage(), null));
        }
        return problems;
    }

    private static String describe(InvestigationFolder folder, String sha) {
        return folder.investigation().getEvidence().stream().filter(e -> sha.equalsIgnoreCase(e.getSha256())).findFirst()
                .map(e -> e.getPath() + " (SHA-256 " + sha + ")").orElse("with SHA-256 " + sha);
    }
}

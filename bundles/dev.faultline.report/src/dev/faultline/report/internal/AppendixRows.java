package dev.faultline.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import dev.faultline.intake.CustodyLog;
import dev.faultline.model.Evidence;
import dev.faultline.model.Fact;
import dev.faultline.model.Investigation;
import dev.faultline.model.RejectedProposal;
import dev.faultline.model.labels.ObjectLabels;
import dev.faultline.model.validation.Problem;
import dev.faultline.report.PostMortem;
import dev.faultline.report.QuestionsSection;

/** The evidence appendix, the custody log and the open questions. */
public final class AppendixRows {

    private final Texts texts;

    public AppendixRows(Texts texts) {
        this.texts = texts;
    }

    /** Every evidence file with the record and rejected counts of its import (from the custody log). */
    public List<PostMortem.EvidenceRow> evidence(Investigation investigation, List<CustodyLog.Entry> log) {
        Map<String, CustodyLog.Entry> imports = new HashMap<>();
        log.stream().filter(e -> "import".equals(e.action()) && e.file() != null).forEach(e -> imports.put(e.file(), e));
        return investigation.getEvidence().stream().map((Evidence e) -> {
            CustodyLog.Entry entry = imports.get(e.getPath());
            String format = entry != null && entry.format() != null ? entry.format() : Texts.text(e.getImporter());
            String imported = e.getImportedAt() == null ? Texts.text(e.getImportedBy())
                    : texts.time(e.getImportedAt()) + (e.getImportedBy() == null ? "" : " by " + e.getImportedBy());
            return new PostMortem.EvidenceRow(Texts.text(e.getPath()), Texts.text(e.getOriginalName()), format,
                    String.format(Locale.ROOT, "%,d", e.getSize()), Texts.text(e.getSha256()),
                    entry == null ? Texts.NOT_RECORDED : Texts.count(entry.records()),
                    entry == null ? Texts.NOT_RECORDED : Texts.count(entry.rejected()), imported,
                    Texts.text(e.getDescription()));
        }).toList();
    }

    public List<PostMortem.CustodyRow> custody(List<CustodyLog.Entry> log) {
        return log.stream().map(e -> new PostMortem.CustodyRow(texts.time(e.at()), Texts.text(e.by()), Texts.text(e.action()),
                Texts.text(e.file()), Texts.text(e.sha256()), Texts.text(e.from()))).toList();
    }

    /** Validation problems, the proposals the analysts rejected, and every reconstructed value. */
    public QuestionsSection questions(Investigation investigation, List<Problem> problems) {
        List<QuestionsSection.Problem> problemRows = problems.stream()
                .map(p -> new QuestionsSection.Problem(p.severity().name().toLowerCase(Locale.ROOT), p.rule(), p.message()))
                .toList();
        List<QuestionsSection.Reconstructed> reconstructed = new ArrayList<>();
        for (Iterator<EObject> it = investigation.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Fact fact && fact.isReconstructed()) {
                reconstructed.add(new QuestionsSection.Reconstructed(label(fact), Texts.text(fact.getDescription()),
                        Texts.citations(fact)));
            }
        }
        List<QuestionsSection.Rejected> rejected = investigation.getRejectedProposals().stream().map(this::rejected).toList();
        return new QuestionsSection(problemRows, rejected, reconstructed, List.of());
    }

    private QuestionsSection.Rejected rejected(RejectedProposal p) {
        String proposal = ObjectLabels.label(p.getCause()) + " " + (p.getRelation() == null ? "\u2192" : p.getRelation().getLiteral())
                + " " + ObjectLabels.label(p.getEffect())
                + (p.getProposedConfidence() == null ? "" : " (proposed with " + p.getProposedConfidence() + " % confidence)");
        String when = String.join(" ", List.of(p.getRejectedAt() == null ? "" : texts.time(p.getRejectedAt()),
                p.getRejectedBy() == null ? "" : "by " + p.getRejectedBy())).strip();
        return new QuestionsSection.Rejected(proposal, Texts.text(p.getProposedRationale()), Texts.text(p.getReason()), when,
                Texts.citations(p));
    }

    private static String label(EObject object) {
        EObject container = object.eContainer();
        return container == null || container instanceof Investigation ? ObjectLabels.label(object)
                : ObjectLabels.label(container) + " \u203a " + ObjectLabels.label(object);
    }
}

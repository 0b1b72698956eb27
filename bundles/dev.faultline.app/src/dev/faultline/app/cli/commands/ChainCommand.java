package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import dev.faultline.analysis.AnalysisMonitor;
import dev.faultline.analysis.CaseAnalysis;
import dev.faultline.analysis.ChainProposals;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.NodeRef;
import dev.faultline.analysis.Proposal;
import dev.faultline.analysis.ProposalDecisions;
import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.JsonLine;
import dev.faultline.app.cli.UsageException;
import dev.faultline.app.cli.WriterLock;
import dev.faultline.diagram.DiagramException;
import dev.faultline.diagram.DiagramFiles;
import dev.faultline.diagram.DiagramsFollowLinks;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.model.edit.InvestigationEditingDomains;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * {@code faultline chain --case DIR --propose [--json] [--accept ID...] [--reject ID... --reason TEXT]}:
 * proposes the causal chain update → driver → crash cluster → outage with confidence, rationale and
 * citations; accepted proposals become causal links (drawn into the investigation's diagrams: every one
 * into the default diagram, into another when it shows one of the link's ends), rejected ones are
 * recorded with the reason, and the investigation and its changed diagrams are saved.
 */
public class ChainCommand implements CliCommand {

    @Override
    public String name() {
        return "chain";
    }

    @Override
    public String summary() {
        return "propose causal links (update -> driver -> crash cluster -> outage) with their evidence; accept or reject them";
    }

    @Override
    public String usage() {
        return """
                Usage: faultline [--json] chain --case DIR --propose [--accept ID...] [--reject ID... --reason TEXT] [--rules FILE]
                                        [--wait SECONDS]
                  Proposes causal links from the investigation's updates, drivers, crash clusters (clustered as by
                  'faultline clusters'), outages, hosts and boot events (Kernel-Power 41, EventLog 6008, BugCheck 1001).
                  Each proposal has an id, a confidence 0-1 with its level (high >= 0.75, medium >= 0.45, low), a
                  rationale that also says what speaks against it, and the evidence it rests on. What was considered
                  and not linked is listed after the proposals (with --json: on stderr, as 'note: ...').
                  --accept ID... makes the named proposals causal links and draws them into the investigation's
                  diagrams (diagrams/causal-chain.diagram gets every one, another diagram those with an end it shows);
                  --reject ID... --reason TEXT records them as rejected (listed as open questions in the post-mortem);
                  either saves the investigation (and the diagrams that changed), under its writer lock (taken
                  before the investigation is read).
                  %s
                  With --json one object per proposal: {"id", "cause": {"kind", "id", "label"}, "effect", "relation",
                  "confidence", "level", "rationale", "evidence": [{"file", "sha256", "line"}], "status"}
                  (status: proposed, linked or rejected).""".formatted(WriterLock.USAGE);
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        String caseDir = null;
        String rulesFile = null;
        String reason = null;
        Duration wait = Duration.ofSeconds(WriterLock.DEFAULT_WAIT_SECONDS);
        boolean propose = false;
        List<String> accept = new ArrayList<>();
        List<String> reject = new ArrayList<>();
        List<String> target = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--case" -> caseDir = Args.value(args, ++i, arg);
                case "--rules" -> rulesFile = Args.value(args, ++i, arg);
                case "--reason" -> reason = Args.value(args, ++i, arg);
                case "--wait" -> wait = WriterLock.waitOption(Args.value(args, ++i, arg));
                case "--propose" -> propose = true;
                case "--accept" -> target = accept;
                case "--reject" -> target = reject;
                default -> {
                    if (arg.startsWith("-") || target == null) {
                        throw new UsageException((arg.startsWith("-") ? "unknown option '" : "unexpected argument '") + arg + "'");
                    }
                    target.add(arg);
                    continue;
                }
            }
            if (!arg.equals("--accept") && !arg.equals("--reject")) {
                target = null;
            }
        }
        if (caseDir == null) {
            throw new UsageException("--case DIR is required");
        }
        if (!propose) {
            throw new UsageException("--propose is required (the chain command proposes links, then accepts or rejects them)");
        }
        if (args.contains("--accept") && accept.isEmpty() || args.contains("--reject") && reject.isEmpty()) {
            throw new UsageException("--accept and --reject need at least one proposal ID");
        }
        if (!reject.isEmpty() && (reason == null || reason.isBlank())) {
            throw new UsageException("--reject needs --reason TEXT (why the proposal is wrong)");
        }
        // --accept and --reject write the model (and diagrams): under the writer lock, taken before the model is read
        boolean writes = !accept.isEmpty() || !reject.isEmpty();
        try (InvestigationLock lock = writes ? AnalysisCommands.lock(context, caseDir, "faultline chain", wait) : null) {
            InvestigationFolder folder = AnalysisCommands.open(context, caseDir);
            AnalysisMonitor monitor = AnalysisCommands.monitor(context);
            AdapterFactoryEditingDomain domain = InvestigationEditingDomains.create(folder);
            try (CaseAnalysis analysis = AnalysisCommands.analysis(folder, monitor)) {
                List<CrashClusterSummary> clusters = AnalysisCommands.record(domain, folder,
                        analysis.clusters(AnalysisCommands.rules(context, rulesFile), monitor));
                ChainProposals proposals = analysis.propose(clusters, monitor);
                List<Proposal> accepted = find(proposals, accept);
                List<Proposal> rejected = find(proposals, reject);
                boolean decided = !accepted.isEmpty() || !rejected.isEmpty();
                List<Diagram> redrawn = List.of();
                if (!accepted.isEmpty()) {
                    Command command = ProposalDecisions.accept(domain, folder.investigation(), accepted);
                    if (command != null) {
                        // the accepted links are drawn into the investigation's diagrams in the same command
                        DiagramsFollowLinks drawn = new DiagramsFollowLinks(domain, folder, diagrams(folder), command);
                        domain.getCommandStack().execute(drawn);
                        redrawn = drawn.changedDiagrams();
                    }
                }
                for (Proposal proposal : rejected) {
                    domain.getCommandStack().execute(ProposalDecisions.reject(domain, folder.investigation(), proposal, reason,
                            System.getProperty("user.name")));
                }
                if (decided) {
                    proposals = analysis.propose(clusters, AnalysisMonitor.NONE);
                    AnalysisCommands.saveIfChanged(domain, folder);
                    for (Diagram diagram : redrawn) {
                        DiagramFiles.save(folder, diagram);
                    }
                }
                print(context, proposals);
                if (decided) {
                    context.err().println("accepted " + accepted.size() + ", rejected " + rejected.size() + "; saved " + folder.modelFile());
                }
                for (Diagram diagram : redrawn) {
                    context.err().println("drawn into " + DiagramFiles.fileOf(folder, diagram.getName()));
                }
            } finally {
                InvestigationEditingDomains.dispose(domain);
            }
        }
        return ExitCode.OK;
    }

    /** The investigation's diagrams, read before anything changes (a damaged diagram file stops the command). */
    private static List<Diagram> diagrams(InvestigationFolder folder) throws BadInputException, IOException {
        List<Diagram> diagrams = new ArrayList<>();
        try {
            for (String name : DiagramFiles.list(folder)) {
                diagrams.add(DiagramFiles.load(folder, name));
            }
        } catch (DiagramException e) {
            throw new BadInputException(e.getMessage() + " (nothing was accepted)", e);
        }
        return diagrams;
    }

    private static List<Proposal> find(ChainProposals proposals, List<String> ids) throws BadInputException {
        List<Proposal> found = new ArrayList<>();
        for (String id : ids) {
            Proposal proposal = proposals.byId(id);
            if (proposal == null) {
                List<String> known = proposals.proposals().stream().map(Proposal::id).toList();
                throw new BadInputException("no proposal '" + id + "' (proposals now: " + (known.isEmpty() ? "none" : String.join(", ", known))
                        + "); run 'faultline chain --case DIR --propose' to see them");
            }
            found.add(proposal);
        }
        return found;
    }

    private static void print(CliContext context, ChainProposals proposals) {
        for (Proposal p : proposals.proposals()) {
            if (context.json()) {
                json(p).println(context.out());
            } else {
                context.out().printf(Locale.ROOT, "%s  %s  [%s]%n", p.id(), p.title(), p.status().text());
                context.out().println("  " + p.rationale());
                for (var citation : p.evidence()) {
                    context.out().println("  evidence: " + citation + (citation.sha256() == null ? "" : " (sha256 " + citation.sha256() + ")"));
                }
            }
        }
        if (!context.json() && !proposals.notes().isEmpty()) {
            context.out().println("Not linked:");
        }
        for (String note : proposals.notes()) {
            if (context.json()) {
                context.err().println("note: " + note);
            } else {
                context.out().println("  " + note);
            }
        }
    }

    static JsonLine json(Proposal p) {
        return JsonLine.object().put("id", p.id()).put("cause", node(p.cause())).put("effect", node(p.effect()))
                .put("relation", p.relation().getLiteral()).put("confidence", p.confidence()).put("level", p.level())
                .put("rationale", p.rationale()).put("evidence", AnalysisCommands.citations(p.evidence())).put("status", p.status().text());
    }

    private static Map<String, Object> node(NodeRef node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", node.kind());
        json.put("id", node.id());
        json.put("label", node.label());
        return json;
    }
}

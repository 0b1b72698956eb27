package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import dev.faultline.analysis.AnalysisMonitor;
import dev.faultline.analysis.CaseAnalysis;
import dev.faultline.analysis.Citation;
import dev.faultline.analysis.ClusterRecorder;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.SignatureRules;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.IndexLocation;
import dev.faultline.app.cli.WriterLock;
import dev.faultline.index.IndexDamagedException;
import dev.faultline.index.opensearch.OpenSearchException;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.model.edit.InvestigationEditingDomains;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.persistence.InvestigationFolderException;

/** What the analysis commands ({@code clusters}, {@code chain}, {@code drivers}) share: opening, recording clusters, saving. */
final class AnalysisCommands {

    private AnalysisCommands() {
    }

    /** Progress of long steps on stderr (every 100,000 records), never cancelled. */
    static AnalysisMonitor monitor(CliContext context) {
        return new AnalysisMonitor() {
            private String step = "";

            @Override
            public void step(String what) {
                step = what;
            }

            @Override
            public void worked(long records) {
                if (records % 100_000 < 16_384 && records >= 100_000) {
                    context.err().println(step + ": " + records + " records");
                }
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
    }

    static InvestigationFolder open(CliContext context, String caseDir) throws BadInputException, IOException {
        Path dir = context.resolve(caseDir);
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("investigation folder " + dir + " does not exist");
        }
        try {
            return InvestigationFolder.open(dir);
        } catch (InvestigationFolderException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * The investigation's writer lock for a command that saves the model, taken before the model is
     * read (so what it saves starts from the last writer's version); a dead writer's leftovers are
     * repaired first.
     */
    static InvestigationLock lock(CliContext context, String caseDir, String program, Duration wait) throws BadInputException, IOException {
        Path dir = context.resolve(caseDir);
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("investigation folder " + dir + " does not exist");
        }
        InvestigationLock lock = WriterLock.acquire(context, dir, program, wait);
        try {
            if (lock.staleHolder().isPresent()) {
                WriterLock.repairIfStale(context, lock, open(context, caseDir));
            }
            return lock;
        } catch (IOException | BadInputException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The analyses of the investigation, reading its index where it is: DIR/index or its OpenSearch index (DIR/opensearch.json). */
    static CaseAnalysis analysis(InvestigationFolder folder, AnalysisMonitor monitor) throws BadInputException, IOException {
        IndexLocation.OpenSearch recorded = IndexLocation.recorded(folder.root()); // a recorded file that is not one: bad input naming it
        if (recorded != null) {
            IndexLocation.access(recorded.url(), System.getenv()); // wrong cluster settings in the environment: bad input
        }
        try {
            return CaseAnalysis.open(folder, monitor);
        } catch (IndexDamagedException | OpenSearchException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    static SignatureRules rules(CliContext context, String file) throws BadInputException, IOException {
        if (file == null) {
            return SignatureRules.defaults();
        }
        Path path = context.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("signature rules file " + path + " does not exist");
        }
        try {
            return SignatureRules.read(path);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * Records the clusters in the model (in memory) through an editing domain's command stack and
     * returns them bound to their model clusters.
     */
    static List<CrashClusterSummary> record(AdapterFactoryEditingDomain domain, InvestigationFolder folder, List<CrashClusterSummary> clusters) {
        Command command = ClusterRecorder.command(domain, folder.investigation(), clusters);
        if (command != null) {
            domain.getCommandStack().execute(command);
        }
        return ClusterRecorder.bind(folder.investigation(), clusters);
    }

    /** Saves the investigation when its command stack has changes. */
    static boolean saveIfChanged(AdapterFactoryEditingDomain domain, InvestigationFolder folder) throws IOException {
        if (!InvestigationEditingDomains.isDirty(domain)) {
            return false;
        }
        folder.save();
        InvestigationEditingDomains.markSaved(domain);
        return true;
    }

    static List<Map<String, Object>> citations(List<Citation> citations) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Citation citation : citations) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", citation.file());
            json.put("sha256", citation.sha256());
            json.put("line", citation.line() > 0 ? citation.line() : null);
            list.add(json);
        }
        return list;
    }
}

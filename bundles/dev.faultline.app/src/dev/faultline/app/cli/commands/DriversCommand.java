package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import dev.faultline.analysis.AnalysisMonitor;
import dev.faultline.analysis.CaseAnalysis;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.DriverAuditResult;
import dev.faultline.analysis.DriverBaseline;
import dev.faultline.analysis.DriverFinding;
import dev.faultline.analysis.HostDriverFinding;
import dev.faultline.analysis.SignatureRules;
import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.JsonLine;
import dev.faultline.app.cli.UsageException;
import dev.faultline.model.edit.InvestigationEditingDomains;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * {@code faultline drivers --case DIR --audit [--baseline FILE] [--json]}: the kernel-driver risk
 * audit of the investigation's driver inventories, per driver across the fleet and per host.
 */
public class DriversCommand implements CliCommand {

    @Override
    public String name() {
        return "drivers";
    }

    @Override
    public String summary() {
        return "audit kernel drivers of the fleet's driverquery inventories: third-party, boot-start, signers, baseline, crashes";
    }

    @Override
    public String usage() {
        return """
                Usage: faultline [--json] drivers --case DIR --audit [--baseline FILE]
                  Audits every driver of the investigation's driver inventories (driverquery /v in any layout; with
                  PowerShell's PSComputerName column the host is taken from it) and drivers of the model: third-party
                  kernel-mode drivers, boot- and system-start drivers, unknown or missing signers, drivers the baseline
                  (driverquery output of a known-good host, or one driver name a line) does not have, and drivers
                  implicated in crash clusters, which come first. Risk 0-100 with its reasons; then the hosts.
                  With --json one object per driver: {"name", "hosts", "type", "start", "thirdParty", "signer",
                  "inCrashClusters", "risk", "level", "reasons", "fileName", "displayName", "hostNames", "evidence"}.""";
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        String caseDir = null;
        String baselineFile = null;
        boolean audit = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--case" -> caseDir = Args.value(args, ++i, arg);
                case "--baseline" -> baselineFile = Args.value(args, ++i, arg);
                case "--audit" -> audit = true;
                default -> throw new UsageException((arg.startsWith("-") ? "unknown option '" : "unexpected argument '") + arg + "'");
            }
        }
        if (caseDir == null) {
            throw new UsageException("--case DIR is required");
        }
        if (!audit) {
            throw new UsageException("--audit is required");
        }
        DriverBaseline baseline = DriverBaseline.none();
        if (baselineFile != null) {
            Path path = context.resolve(baselineFile);
            if (!Files.isRegularFile(path)) {
                throw new BadInputException("baseline file " + path + " does not exist");
            }
            try {
                baseline = DriverBaseline.read(path);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage(), e);
            }
        }
        InvestigationFolder folder = AnalysisCommands.open(context, caseDir);
        AnalysisMonitor monitor = AnalysisCommands.monitor(context);
        AdapterFactoryEditingDomain domain = InvestigationEditingDomains.create(folder);
        try (CaseAnalysis analysis = AnalysisCommands.analysis(folder, monitor)) {
            List<CrashClusterSummary> clusters = AnalysisCommands.record(domain, folder, analysis.clusters(SignatureRules.defaults(), monitor));
            DriverAuditResult result = analysis.auditDrivers(clusters, baseline, monitor);
            for (DriverFinding d : result.drivers()) {
                if (context.json()) {
                    json(d).println(context.out());
                } else {
                    context.out().printf(Locale.ROOT, "%3d %-6s %-24s %s, %s start, %s, signer %s, on %d hosts%s%n", d.risk(), d.level(), d.name(),
                            d.type() == null ? "type unknown" : d.type(), d.start() == null ? "unknown" : d.start(),
                            d.thirdParty() ? "third-party" : "Windows", d.signer() == null ? "unknown" : d.signer(), d.hosts(),
                            d.inCrashClusters().isEmpty() ? "" : ", in crash clusters " + String.join(", ", d.inCrashClusters()));
                    for (String reason : d.reasons()) {
                        context.out().println("      - " + reason);
                    }
                }
            }
            if (!context.json()) {
                if (!result.hosts().isEmpty()) {
                    context.out().println("Hosts:");
                }
                for (HostDriverFinding h : result.hosts()) {
                    context.out().printf(Locale.ROOT, "%3d %s: %d drivers, third-party kernel %s; boot/system start %s; unknown signer %s%s%s%n",
                            h.risk(), h.host(), h.drivers(), h.thirdPartyKernel(), h.bootOrSystemStart(), h.unknownSigner(),
                            baseline.present() ? "; not in baseline " + h.notInBaseline() : "",
                            h.inCrashClusters().isEmpty() ? "" : "; in crash clusters " + h.inCrashClusters());
                }
            }
            for (String note : result.notes()) {
                context.err().println("note: " + note);
            }
        } finally {
            InvestigationEditingDomains.dispose(domain);
        }
        return ExitCode.OK;
    }

    static JsonLine json(DriverFinding d) {
        return JsonLine.object().put("name", d.name()).put("hosts", d.hosts()).put("type", d.type()).put("start", d.start())
                .put("thirdParty", d.thirdParty()).put("signer", d.signer()).put("inCrashClusters", d.inCrashClusters())
                .put("risk", d.risk()).put("level", d.level()).put("reasons", d.reasons()).put("fileName", d.fileName())
                .put("displayName", d.displayName()).put("hostNames", d.hostNames()).put("evidence", AnalysisCommands.citations(d.evidence()));
    }
}

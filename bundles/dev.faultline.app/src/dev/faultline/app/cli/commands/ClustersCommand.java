package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import dev.faultline.analysis.AnalysisMonitor;
import dev.faultline.analysis.CaseAnalysis;
import dev.faultline.analysis.CrashClusterSummary;
import dev.faultline.analysis.UpdateTiming;
import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.JsonLine;
import dev.faultline.app.cli.UsageException;
import dev.faultline.app.cli.WriterLock;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.model.edit.InvestigationEditingDomains;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * {@code faultline clusters --case DIR [--json] [--rules FILE]}: clusters the investigation's crash
 * analyses (the index's, however many, and the model's), records the clusters in the model and
 * prints them with their per-minute histogram and the updates released shortly before each.
 */
public class ClustersCommand implements CliCommand {

    private static final String BARS = " \u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

    @Override
    public String name() {
        return "clusters";
    }

    @Override
    public String summary() {
        return "group crash analyses into clusters (failure bucket, else module + bugcheck + stack signature)";
    }

    @Override
    public String usage() {
        return """
                Usage: faultline [--json] clusters --case DIR [--rules FILE] [--wait SECONDS]
                  Clusters every crash analysis of the investigation in DIR: by FAILURE_BUCKET_ID, else by blamed
                  module + bugcheck code + stack signature (Socorro's method: frames every kernel crash shares such
                  as nt!KeBugCheckEx are skipped, generic helper frames kept as prefixes). The clusters are recorded
                  in the model (CrashCluster) and saved. --rules FILE adds signature rules, one a line:
                  'skip PATTERN', 'prefix PATTERN', 'max-frames N' ('*' matches anything).
                  %s
                  With --json one object per cluster: {"id", "signature", "bugcheck", "module", "count", "hosts",
                  "firstSeen", "lastSeen", "updates": [{"update", "releasedAt", "minutesAfterRelease",
                  "shareOfHostsWithUpdate", "hostsWithoutUpdate", "hostsWithoutUpdateSample"}], "name", "image",
                  "bucket", "perMinute", "evidence"}.""".formatted(WriterLock.USAGE);
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        String caseDir = null;
        String rulesFile = null;
        Duration wait = Duration.ofSeconds(WriterLock.DEFAULT_WAIT_SECONDS);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--case" -> caseDir = Args.value(args, ++i, arg);
                case "--rules" -> rulesFile = Args.value(args, ++i, arg);
                case "--wait" -> wait = WriterLock.waitOption(Args.value(args, ++i, arg));
                default -> throw new UsageException((arg.startsWith("-") ? "unknown option '" : "unexpected argument '") + arg + "'");
            }
        }
        if (caseDir == null) {
            throw new UsageException("--case DIR is required");
        }
        try (InvestigationLock lock = AnalysisCommands.lock(context, caseDir, "faultline clusters", wait)) {
            InvestigationFolder folder = AnalysisCommands.open(context, caseDir);
            AnalysisMonitor monitor = AnalysisCommands.monitor(context);
            AdapterFactoryEditingDomain domain = InvestigationEditingDomains.create(folder);
            try (CaseAnalysis analysis = AnalysisCommands.analysis(folder, monitor)) {
                List<CrashClusterSummary> clusters = AnalysisCommands.record(domain, folder,
                        analysis.clusters(AnalysisCommands.rules(context, rulesFile), monitor));
                boolean saved = AnalysisCommands.saveIfChanged(domain, folder);
                for (CrashClusterSummary cluster : clusters) {
                    if (context.json()) {
                        json(cluster).println(context.out());
                    } else {
                        text(cluster, context.out());
                    }
                }
                if (!context.json()) {
                    context.out().println(clusters.size() + (clusters.size() == 1 ? " crash cluster" : " crash clusters")
                            + (saved ? "; recorded in " + folder.modelFile() : ""));
                }
            } finally {
                InvestigationEditingDomains.dispose(domain);
            }
        }
        return ExitCode.OK;
    }

    static JsonLine json(CrashClusterSummary cluster) {
        List<Map<String, Object>> updates = new ArrayList<>();
        for (UpdateTiming timing : cluster.updates()) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("update", timing.label());
            u.put("releasedAt", timing.releasedAt());
            u.put("minutesAfterRelease", timing.minutesAfterRelease());
            u.put("shareOfHostsWithUpdate", timing.shareOfHostsWithUpdate());
            u.put("hostsWithoutUpdate", timing.shareOfHostsWithUpdate() == null ? null : timing.hostsWithoutUpdate());
            u.put("hostsWithoutUpdateSample", timing.hostsWithoutUpdateSample());
            updates.add(u);
        }
        return JsonLine.object().put("id", cluster.id()).put("signature", cluster.signature()).put("bugcheck", cluster.bugcheck())
                .put("module", cluster.module()).put("count", cluster.count()).put("hosts", cluster.hosts())
                .put("firstSeen", cluster.firstSeen()).put("lastSeen", cluster.lastSeen()).put("updates", updates)
                .put("name", cluster.name()).put("image", cluster.image()).put("bucket", cluster.bucket())
                .put("perMinute", cluster.perMinute()).put("evidence", AnalysisCommands.citations(cluster.evidence()));
    }

    private static void text(CrashClusterSummary cluster, PrintStream out) {
        out.printf(Locale.ROOT, "%s  %s%n", cluster.id(), cluster.name());
        out.printf(Locale.ROOT, "  %d crashes on %d hosts, bugcheck %s, module %s%s, %s .. %s%n", cluster.count(), cluster.hosts(),
                cluster.bugcheck(), cluster.module(), cluster.bucket() == null ? "" : ", bucket " + cluster.bucket(),
                time(cluster.firstSeen()), time(cluster.lastSeen()));
        out.println("  signature: " + (cluster.signature().isEmpty() ? "(no stack)" : cluster.signature()));
        if (cluster.perMinute().length > 0) {
            out.println("  per minute: " + sparkline(cluster.perMinute()) + "  (peak " + peak(cluster.perMinute()) + "/min)");
        }
        if (cluster.updates().isEmpty()) {
            out.println("  updates: none released in the 48 h before the first crash");
        }
        for (UpdateTiming timing : cluster.updates()) {
            out.printf(Locale.ROOT, "  update %s released %s, %d min before the first crash%s%n", timing.label(), timing.releasedAt(),
                    timing.minutesAfterRelease(), timing.shareOfHostsWithUpdate() == null ? "; no per-host update records"
                            : String.format(Locale.ROOT, "; %.0f%% of the crashed hosts had received it%s", timing.shareOfHostsWithUpdate() * 100,
                                    timing.hostsWithoutUpdate() == 0 ? ""
                                            : " (" + timing.hostsWithoutUpdate() + " had not: " + String.join(", ", timing.hostsWithoutUpdateSample()) + ")"));
        }
    }

    private static String time(Instant instant) {
        return instant == null ? "(no time)" : instant.toString();
    }

    private static long peak(long[] perMinute) {
        long max = 0;
        for (long n : perMinute) {
            max = Math.max(max, n);
        }
        return max;
    }

    /** At most 120 characters: minutes are summed into wider bins when there are more. */
    static String sparkline(long[] perMinute) {
        int width = Math.min(120, perMinute.length);
        long[] bins = new long[width];
        for (int i = 0; i < perMinute.length; i++) {
            bins[(int) ((long) i * width / perMinute.length)] += perMinute[i];
        }
        long max = 0;
        for (long n : bins) {
            max = Math.max(max, n);
        }
        StringBuilder line = new StringBuilder(width);
        for (long n : bins) {
            line.append(n == 0 ? BARS.charAt(0) : BARS.charAt((int) Math.max(1, Math.round(n * 8.0 / max))));
        }
        return line.toString();
    }
}

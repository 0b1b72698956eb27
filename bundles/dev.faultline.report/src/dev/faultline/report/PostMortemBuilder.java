package dev.faultline.report;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.faultline.intake.CustodyLog;
import dev.faultline.model.Investigation;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.validation.InvestigationValidator;
import dev.faultline.model.validation.Problem;
import dev.faultline.report.internal.AnalysisRows;
import dev.faultline.report.internal.AppendixRows;
import dev.faultline.report.internal.ChainRows;
import dev.faultline.report.internal.SummaryRows;
import dev.faultline.report.internal.Texts;

/**
 * Builds the {@link PostMortem} of an investigation folder: reads the model, validates it, reads the
 * custody log, runs the crash clustering and the kernel-driver audit (reading only), and takes the
 * pictures other parts of Faultline contribute ({@link ReportContributions}). What cannot be given is
 * said in its section's notes.
 */
public final class PostMortemBuilder {

    private final InvestigationFolder folder;
    private ReportContributions contributions = ReportContributions.NONE;
    private List<Problem> problems;
    private Instant now;

    public PostMortemBuilder(InvestigationFolder folder) {
        this.folder = folder;
    }

    /** Pictures and analyses from the diagram, the timeline and the crash analysis. */
    public PostMortemBuilder contributions(ReportContributions value) {
        this.contributions = value;
        return this;
    }

    /** Validation problems already at hand (else the investigation is validated here). */
    public PostMortemBuilder problems(List<Problem> value) {
        this.problems = value;
        return this;
    }

    /** The time the report says it was generated at (default: now). */
    public PostMortemBuilder generatedAt(Instant value) {
        this.now = value;
        return this;
    }

    /**
     * @throws IOException when the custody log cannot be read
     */
    public PostMortem build() throws IOException {
        Investigation investigation = folder.investigation();
        Texts texts = new Texts(investigation.getDisplayTimeZone());
        List<Problem> found = problems != null ? problems : new InvestigationValidator().validate(folder);
        List<CustodyLog.Entry> log = new CustodyLog(folder.root()).read();
        ChainRows chain = new ChainRows(texts);
        AppendixRows appendix = new AppendixRows(texts);
        InvestigationCounts counts = InvestigationCounts.of(investigation, found.size());

        ReportContributions.Result<Picture> axis = contributions.timeAxis(folder);
        ReportContributions.Result<Picture> diagram = contributions.diagram(folder);
        AnalysisRows analysis = new AnalysisRows(texts, chain).run(folder);
        return new PostMortem(text(investigation.getTitle()), texts.time(now != null ? now : Instant.now()), generator(),
                texts.zone().getId(), Arrays.asList(ReportSection.values()),
                new SummaryRows(texts).build(investigation, counts),
                new TimelineSection(chain.events(investigation), axis.value(), axis.notes()),
                new DiagramSection(diagram.value(), chain.links(investigation), diagram.notes()),
                analysis.clusters(), analysis.drivers(),
                chain.remediations(investigation),
                appendix.questions(investigation, found),
                appendix.evidence(investigation, log), appendix.custody(log));
    }

    /** The summary section of an investigation alone (what the workbench's overview shows). */
    public static SummarySection summaryOf(Investigation investigation, InvestigationCounts counts) {
        return new SummaryRows(new Texts(investigation.getDisplayTimeZone())).build(investigation, counts);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** {@code Faultline 0.1.0.2026...}: the bundle's version, in OSGi or (the CLI) on a plain class path. */
    private static String generator() {
        Bundle bundle = FrameworkUtil.getBundle(PostMortemBuilder.class);
        if (bundle != null) {
            return "Faultline " + bundle.getVersion();
        }
        try {
            java.net.URL location = PostMortemBuilder.class.getProtectionDomain().getCodeSource().getLocation();
            java.nio.file.Path path = java.nio.file.Path.of(location.toURI());
            if (java.nio.file.Files.isRegularFile(path)) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(path.toFile())) {
                    String version = jar.getManifest().getMainAttributes().getValue("Bundle-Version");
                    return version == null ? "Faultline" : "Faultline " + version;
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // no version to tell: the report says Faultline alone
        }
        return "Faultline";
    }
}

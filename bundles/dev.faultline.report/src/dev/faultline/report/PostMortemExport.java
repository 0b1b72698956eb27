package dev.faultline.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Writing the post-mortem of an investigation in one call, as {@code faultline report} and the
 * workbench's File &gt; Export Post-mortem do.
 *
 * @param format HTML, Markdown or PDF
 * @param sections the sections to write
 * @param out the report file (replaced atomically)
 * @param templates a folder of templates that replace the built-in ones, or {@code null}; the
 *            investigation's own {@code templates/} folder is searched after it
 */
public record PostMortemExport(ReportFormat format, Set<ReportSection> sections, Path out, Path templates) {

    /**
     * @return the files written, the report first (Markdown adds its pictures)
     */
    public List<Path> write(InvestigationFolder folder, ReportContributions contributions, Instant generatedAt)
            throws IOException, ReportException {
        if (templates != null && !Files.isDirectory(templates)) {
            throw new ReportException("templates folder " + templates + " does not exist");
        }
        List<Path> folders = new ArrayList<>();
        if (templates != null) {
            folders.add(templates);
        }
        folders.add(folder.root().resolve(ReportTemplates.INVESTIGATION_FOLDER));
        PostMortem report = new PostMortemBuilder(folder).contributions(contributions).generatedAt(generatedAt).build()
                .only(sections);
        return new ReportWriter(new ReportTemplates(folders)).write(report, format, out);
    }
}

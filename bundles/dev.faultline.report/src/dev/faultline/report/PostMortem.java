package dev.faultline.report;

import java.util.List;
import java.util.Set;

/**
 * The post-mortem of one investigation, ready to be written by a template: every value is text as
 * the reader sees it (times in the investigation's display zone), every statement drawn from evidence
 * carries its {@link Citation}s, and values the analysts reconstructed or estimated say so
 * ({@code reconstructed}). Sections not asked for are still built but not written.
 *
 * @param title the investigation's title
 * @param generatedAt when the report was made (display zone)
 * @param generator Faultline and its version
 * @param timeZone the zone the times are shown in
 * @param sections the sections to write, in {@link ReportSection} order
 * @param summary incident, status, key times, impact
 * @param timeline curated events and the time-axis picture
 * @param diagram the causal-chain picture and its links
 * @param clusters crash clusters
 * @param drivers the kernel-driver audit
 * @param remediations what was done
 * @param questions validation problems, rejected proposals, reconstructed values
 * @param evidence the evidence files
 * @param custody the chain-of-custody log
 */
public record PostMortem(String title, String generatedAt, String generator, String timeZone, List<ReportSection> sections,
        SummarySection summary, TimelineSection timeline, DiagramSection diagram, ClusterSection clusters,
        DriverSection drivers, List<RemediationRow> remediations, QuestionsSection questions, List<EvidenceRow> evidence,
        List<CustodyRow> custody) {

    /** Whether the section with this id ({@code summary}, {@code timeline}, ...) is written. */
    public boolean has(String id) {
        return sections.stream().anyMatch(s -> s.id().equals(id));
    }

    /** The same report with only these sections written. */
    public PostMortem only(Set<ReportSection> wanted) {
        return new PostMortem(title, generatedAt, generator, timeZone,
                sections.stream().filter(wanted::contains).toList(), summary, timeline, diagram, clusters, drivers,
                remediations, questions, evidence, custody);
    }

    /** The pictures of the sections that are written. */
    public List<Picture> pictures() {
        return java.util.stream.Stream.of(has("timeline") ? timeline.axis() : null, has("diagram") ? diagram.picture() : null)
                .filter(java.util.Objects::nonNull).toList();
    }

    /** A remediation. */
    public record RemediationRow(String action, String performedAt, String performedBy, String appliedTo, String outcome,
            String description, boolean reconstructed, List<Citation> citations) {
    }

    /** One evidence file: the appendix lists the full SHA-256. */
    public record EvidenceRow(String file, String originalName, String format, String size, String sha256, String records,
            String rejected, String imported, String description) {
    }

    /** One line of the custody log. */
    public record CustodyRow(String at, String by, String action, String file, String sha256, String from) {
    }
}

package dev.faultline.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfImportedPage;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;

import dev.faultline.report.ClusterSection;
import dev.faultline.report.Picture;
import dev.faultline.report.PostMortem;
import dev.faultline.report.ReportException;
import dev.faultline.report.ReportSection;
import dev.faultline.report.SummarySection;
import dev.faultline.report.TimelineSection;

/**
 * The post-mortem as PDF (OpenPDF), section by section like the HTML template. A picture that comes as
 * PDF (the causal-chain diagram) is placed as an imported page, so it stays vector graphics; a picture
 * that comes only as PNG is placed as an image.
 */
public final class PdfReport {

    private final PostMortem report;
    private final PdfStyle style;
    private Document document;
    private PdfWriter writer;
    private Image diagram;

    public PdfReport(PostMortem report) throws IOException {
        this.report = report;
        this.style = new PdfStyle();
    }

    public byte[] bytes() throws ReportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            writer = PdfWriter.getInstance(document, out);
            document.addTitle(style.text("Post-mortem: " + report.title()));
            document.addCreator(report.generator());
            document.open();
            document.add(new Paragraph(style.phrase("Post-mortem: " + report.title(), style.title)));
            document.add(new Paragraph(style.phrase("Generated " + report.generatedAt() + " by " + report.generator()
                    + ". Times are shown in " + report.timeZone() + ". Citations give file:line and the first 12 hex digits"
                    + " of the file's SHA-256 (the evidence appendix has the whole hash).", style.small)));
            for (ReportSection section : report.sections()) {
                if (section == ReportSection.DIAGRAM) {
                    diagram = image(report.diagram().picture());
                    startPageFor(diagram); // the heading stays with the drawing
                }
                Paragraph heading = new Paragraph(style.phrase(section.title(), style.heading));
                heading.setSpacingBefore(12);
                heading.setSpacingAfter(4);
                document.add(heading);
                section(section);
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new ReportException("cannot make the PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private void section(ReportSection section) throws DocumentException, IOException {
        switch (section) {
            case SUMMARY -> summary(report.summary());
            case TIMELINE -> timeline(report.timeline());
            case DIAGRAM -> {
                picture(report.diagram().picture(), diagram);
                notes(report.diagram().notes());
                PdfPTable table = style.table(new float[] { 3, 1.4f, 3, 1.2f, 5, 3 }, "Cause", "Relation", "Effect", "Confidence",
                        "Why", "Evidence");
                report.diagram().links().forEach(l -> row(table, style.cell(l.cause()), style.cell(style.marked(l.relation(),
                        l.reconstructed())), style.cell(l.effect()), style.cell(l.confidence()), style.cell(l.rationale()),
                        style.cell(style.citations(l.citations()))));
                add(table, report.diagram().links(), "No causal link is recorded.");
            }
            case CLUSTERS -> clusters(report.clusters());
            case DRIVERS -> {
                notes(report.drivers().notes());
                PdfPTable table = style.table(new float[] { 2.2f, 1.6f, 1, 1.2f, 1, 1.6f, 1.6f, 0.8f, 1.8f, 3 }, "Driver",
                        "Vendor", "Version", "Type", "Start", "Signer", "Hosts", "In crashes", "Risk", "Evidence");
                report.drivers().drivers().forEach(d -> row(table, style.cell(style.marked(d.name(), d.reconstructed())),
                        style.cell(d.vendor()), style.cell(d.version()), style.cell(d.type()), style.cell(d.start()),
                        style.cell(d.signer()), style.cell(d.hosts()), style.cell(d.inCrashes() ? "yes" : "no"),
                        style.cell((d.risk() + " " + String.join("; ", d.reasons())).strip()),
                        style.cell(style.citations(d.citations()))));
                add(table, report.drivers().drivers(), "No driver is recorded.");
            }
            case REMEDIATIONS -> {
                PdfPTable table = style.table(new float[] { 5, 1.6f, 1.6f, 2.4f, 2.4f, 3 }, "Action", "When", "By", "Applied to",
                        "Outcome", "Evidence");
                report.remediations().forEach(r -> row(table, style.cell(style.marked(r.action(), r.reconstructed())),
                        style.cell(r.performedAt()), style.cell(r.performedBy()), style.cell(r.appliedTo()),
                        style.cell(r.outcome()), style.cell(style.citations(r.citations()))));
                add(table, report.remediations(), "No remediation is recorded.");
            }
            case QUESTIONS -> questions();
            case EVIDENCE -> {
                PdfPTable table = style.table(new float[] { 3, 1.3f, 1.2f, 5.2f, 1, 1, 2.2f }, "File", "Format", "Size (bytes)",
                        "SHA-256", "Records", "Rejected", "Imported");
                report.evidence().forEach(e -> row(table, style.cell(e.file()), style.cell(e.format()), style.cell(e.size()),
                        style.cell(style.phrase(e.sha256(), style.mono)), style.cell(e.records()), style.cell(e.rejected()),
                        style.cell(e.imported())));
                add(table, report.evidence(), "The investigation holds no evidence file.");
            }
            case CUSTODY -> {
                PdfPTable table = style.table(new float[] { 1.8f, 1.2f, 1, 2.4f, 5.2f, 2.6f }, "When", "Who", "Action", "File",
                        "SHA-256", "From");
                report.custody().forEach(c -> row(table, style.cell(c.at()), style.cell(c.by()), style.cell(c.action()),
                        style.cell(c.file()), style.cell(style.phrase(c.sha256(), style.mono)), style.cell(c.from())));
                add(table, report.custody(), "The custody log is empty: no evidence file was imported into this investigation.");
            }
        }
    }

    private void summary(SummarySection s) throws DocumentException {
        document.add(new Paragraph(style.phrase("Status: " + s.status() + " \u00b7 severity: " + s.severity(), style.bold)));
        text(s.text());
        for (SummarySection.Incident i : s.incidents()) {
            subheading(i.title());
            PdfPTable table = style.table(new float[] { 1, 4 }, "Key time", "");
            row(table, style.cell("Start"), style.cell(i.start()));
            row(table, style.cell("Detected"), style.cell(i.detected()));
            row(table, style.cell("Mitigated"), style.cell(i.mitigated()));
            row(table, style.cell("Resolved"), style.cell(i.resolved()));
            row(table, style.cell("Impact"), style.cell(i.impact()));
            row(table, style.cell("Evidence"), style.cell(style.citations(i.citations())));
            document.add(table);
            small(i.description());
        }
        subheading("Impact: outages");
        PdfPTable outages = style.table(new float[] { 3, 1.3f, 1.6f, 1.6f, 1, 3, 2.4f, 3 }, "Service", "Sector", "Start", "End",
                "Severity", "Impact", "Affected", "Evidence");
        s.outages().forEach(o -> row(outages, style.cell(style.marked(o.service(), o.reconstructed())), style.cell(o.sector()),
                style.cell(o.start()), style.cell(o.end()), style.cell(o.severity()), style.cell(o.impact()),
                style.cell(o.affected()), style.cell(style.citations(o.citations()))));
        add(outages, s.outages(), "No outage is recorded.");
        subheading("Impact: host groups");
        PdfPTable groups = style.table(new float[] { 4, 1.2f, 1.2f, 1.2f, 1.6f, 3 }, "Group", "Hosts", "Affected", "Recovered",
                "Counts as of", "Evidence");
        s.hostGroups().forEach(g -> row(groups, style.cell(style.marked(g.name(), g.reconstructed())), style.cell(g.hosts()),
                style.cell(g.affected()), style.cell(g.recovered()), style.cell(g.countsAsOf()),
                style.cell(style.citations(g.citations()))));
        add(groups, s.hostGroups(), "No host group is recorded.");
        subheading("What the investigation holds");
        text(String.join(" \u00b7 ", s.counts()));
    }

    private void timeline(TimelineSection t) throws DocumentException, IOException {
        picture(t.axis(), image(t.axis()));
        notes(t.notes());
        PdfPTable table = style.table(new float[] { 1.8f, 1.4f, 1, 4.6f, 2.4f, 2.6f }, "Time", "Host", "Kind", "Event", "Source",
                "Evidence");
        for (TimelineSection.Event e : t.events()) {
            Phrase time = style.marked(e.time(), e.reconstructed());
            if (!e.original().isEmpty()) {
                time.add(style.chunk("\nas recorded: " + e.original(), style.small));
            }
            Phrase message = style.phrase((e.starred() ? "\u2605 " : "") + e.message(), style.body);
            if (!e.tags().isEmpty()) {
                message.add(style.chunk("\ntags: " + String.join(", ", e.tags()), style.small));
            }
            e.comments().forEach(c -> message.add(style.chunk("\n\u201c" + c + "\u201d", style.small)));
            row(table, style.cell(time), style.cell(e.host()), style.cell(e.kind()), style.cell(message), style.cell(e.source()),
                    style.cell(style.citations(e.citations())));
        }
        add(table, t.events(), "The timeline holds no curated event.");
    }

    private void clusters(ClusterSection c) throws DocumentException {
        notes(c.notes());
        for (ClusterSection.Cluster k : c.clusters()) {
            subheading(k.name() + (k.reconstructed() ? " (reconstructed)" : ""));
            text("Signature " + k.signature() + (k.shape().isEmpty() ? "" : " \u00b7 " + k.shape()) + " \u00b7 crashes: " + k.crashes() + " \u00b7 first seen " + k.firstSeen()
                    + " \u00b7 last seen " + k.lastSeen());
            k.updates().forEach(u -> text("Update or cause: " + u));
            document.add(new Paragraph(style.citations(k.citations())));
            small(k.description());
            crashes(k.members());
        }
        if (c.clusters().isEmpty()) {
            small("No crash cluster is recorded.");
        }
        if (!c.unclustered().isEmpty()) {
            subheading("Crashes in no cluster");
            crashes(c.unclustered());
        }
    }

    private void crashes(List<ClusterSection.Crash> crashes) throws DocumentException {
        PdfPTable table = style.table(new float[] { 3, 2.4f, 1.8f, 1.4f, 2, 3 }, "Bugcheck", "Host", "Time", "Module", "Symbol",
                "Evidence");
        crashes.forEach(x -> row(table, style.cell(style.marked(x.bugcheck(), x.reconstructed())), style.cell(x.host()),
                style.cell(x.time()), style.cell(x.module()), style.cell(x.symbol()), style.cell(style.citations(x.citations()))));
        if (!crashes.isEmpty()) {
            document.add(table);
        }
    }

    private void questions() throws DocumentException {
        subheading("Validation problems");
        PdfPTable problems = style.table(new float[] { 1, 2.4f, 7 }, "Severity", "Rule", "Problem");
        report.questions().problems().forEach(p -> row(problems, style.cell(p.severity()), style.cell(p.rule()),
                style.cell(p.message())));
        add(problems, report.questions().problems(), "The investigation passes every validation rule.");
        subheading("Rejected proposals");
        notes(report.questions().notes());
        PdfPTable rejected = style.table(new float[] { 4, 4, 4, 2, 3 }, "Proposal", "Proposed because", "Why it was rejected",
                "Rejected", "Evidence");
        report.questions().rejected().forEach(r -> row(rejected, style.cell(r.proposal()), style.cell(r.proposedBecause()),
                style.cell(r.reason()), style.cell(r.rejected()), style.cell(style.citations(r.citations()))));
        add(rejected, report.questions().rejected(), "No proposal was rejected.");
        subheading("Reconstructed and estimated values");
        PdfPTable values = style.table(new float[] { 3, 6, 3 }, "What", "What is known about it", "Evidence");
        report.questions().reconstructed().forEach(r -> row(values, style.cell(r.what()), style.cell(r.note()),
                style.cell(style.citations(r.citations()))));
        add(values, report.questions().reconstructed(), "No value is marked reconstructed.");
    }

    private void picture(Picture picture, Image image) throws DocumentException {
        if (picture == null) {
            return;
        }
        if (image == null) {
            small(picture.title() + ": this picture exists as SVG only; it is in the HTML and Markdown reports.");
            return;
        }
        document.add(image);
        small(picture.title());
    }

    /** Starts a new page when the rest of this one cannot hold a heading and {@code image}. */
    private void startPageFor(Image image) throws DocumentException {
        float headingAndCaption = 60;
        if (image != null && writer.getVerticalPosition(true) - document.bottomMargin() < image.getScaledHeight() + headingAndCaption) {
            document.newPage();
        }
    }

    /** The picture as an image scaled to the page (vector when it comes as PDF), or {@code null} when it has no PDF or PNG form. */
    private Image image(Picture picture) throws IOException, DocumentException {
        if (picture == null) {
            return null;
        }
        Image image;
        if (picture.pdf() != null) {
            PdfReader reader = new PdfReader(picture.pdf());
            PdfImportedPage page = writer.getImportedPage(reader, 1);
            image = Image.getInstance(page);
        } else if (picture.png() != null) {
            image = Image.getInstance(picture.png());
        } else {
            return null;
        }
        float width = document.getPageSize().getWidth() - document.leftMargin() - document.rightMargin();
        float height = (document.getPageSize().getHeight() - document.topMargin() - document.bottomMargin()) * 0.8f;
        if (image.getWidth() > width || image.getHeight() > height) {
            image.scaleToFit(width, height);
        }
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private void notes(List<String> notes) throws DocumentException {
        for (String note : notes) {
            Paragraph p = new Paragraph(style.phrase(note, style.small));
            p.setSpacingAfter(4);
            document.add(p);
        }
    }

    private void subheading(String s) throws DocumentException {
        Paragraph p = new Paragraph(style.phrase(s, style.subheading));
        p.setSpacingBefore(8);
        document.add(p);
    }

    private void text(String s) throws DocumentException {
        if (s != null && !s.isEmpty()) {
            document.add(new Paragraph(style.phrase(s, style.body)));
        }
    }

    private void small(String s) throws DocumentException {
        if (s != null && !s.isEmpty()) {
            document.add(new Paragraph(style.phrase(s, style.small)));
        }
    }

    private void add(PdfPTable table, List<?> rows, String empty) throws DocumentException {
        if (rows.isEmpty()) {
            small(empty);
        } else {
            document.add(table);
        }
    }

    private static void row(PdfPTable table, org.openpdf.text.pdf.PdfPCell... cells) {
        for (org.openpdf.text.pdf.PdfPCell cell : cells) {
            table.addCell(cell);
        }
    }
}

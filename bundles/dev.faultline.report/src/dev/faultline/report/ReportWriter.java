package dev.faultline.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.model.persistence.AtomicFileWriter;
import dev.faultline.report.internal.TemplatePdf;

/**
 * Writes a {@link PostMortem} as HTML (one self-contained file), Markdown (text, with the pictures as SVG
 * files beside it: {@code <name>-diagram.svg}, {@code <name>-timeline.svg}) or PDF (from XHTML templates with print
 * CSS, the pictures as vector graphics). All three come from {@link ReportTemplates}. The whole report is
 * made in memory first and every file is then replaced atomically (temporary file + rename), so a
 * failure leaves no partial file and any earlier report untouched.
 */
public final class ReportWriter {

    private static final String PDF_TEMPLATE = "pdf/report.ftlx";

    private final ReportTemplates templates;

    public ReportWriter(ReportTemplates templates) {
        this.templates = templates;
    }

    /**
     * @return the files written, the report first
     * @throws IOException when a file cannot be written (nothing of this report is left behind)
     * @throws ReportException when a template fails
     */
    public List<Path> write(PostMortem report, ReportFormat format, Path out) throws IOException, ReportException {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + out + ": folder " + folder + " does not exist");
        }
        if (Files.isDirectory(out)) {
            throw new IOException("cannot write " + out + ": it is a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new IOException("cannot write " + out + ": folder " + folder + " is not writable");
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        switch (format) {
            case HTML -> files.put(out, bytes(templates.render("html/report.ftlh", Map.of("report", report))));
            case MD -> {
                Map<String, String> pictureFiles = new LinkedHashMap<>();
                Map<Path, byte[]> pictures = new LinkedHashMap<>();
                String stem = stem(out);
                for (Picture picture : report.pictures().stream().filter(Picture::hasSvg).toList()) {
                    String name = stem + "-" + picture.name() + ".svg";
                    pictureFiles.put(picture.name(), name);
                    pictures.put(folder.resolve(name), bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + picture.svg() + "\n"));
                }
                files.put(out, bytes(templates.render("md/report.ftlmd", Map.of("report", report, "pictureFiles", pictureFiles))));
                files.putAll(pictures);
            }
            case PDF -> files.put(out, pdf(report));
        }
        List<Path> written = new ArrayList<>();
        AtomicFileWriter writer = new AtomicFileWriter();
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                writer.write(file.getKey(), o -> o.write(file.getValue()));
                written.add(file.getKey());
            }
        } catch (IOException e) {
            for (Path done : written) {
                Files.deleteIfExists(done);
            }
            throw new IOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** The PDF from {@value #PDF_TEMPLATE}: XHTML + print CSS, laid out and written with the pictures as vector graphics. */
    private byte[] pdf(PostMortem report) throws ReportException {
        Map<String, byte[]> pictures = new LinkedHashMap<>();
        report.pictures().stream().filter(Picture::hasPdf).forEach(p -> pictures.put(p.name(), p.pdf()));
        String xhtml = templates.render(PDF_TEMPLATE, Map.of("report", report));
        return new TemplatePdf(pictures, templates.folders()).render(xhtml, PDF_TEMPLATE, report.generator());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String stem(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

package dev.faultline.report.internal;

import java.io.IOException;
import java.util.List;

import dev.faultline.diagram.DiagramBuilder;
import dev.faultline.diagram.DiagramExporter;
import dev.faultline.diagram.DiagramFiles;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.report.Picture;
import dev.faultline.report.ReportContributions.Result;
import dev.faultline.report.SvgSanitizer;

/**
 * The causal-chain picture of a report: the investigation's diagram ({@value DiagramFiles#DEFAULT_NAME},
 * else the first one), exported as SVG and as vector PDF by the diagram bundle. An investigation with
 * causal links but no diagram gets one drawn and laid out for the report (not saved).
 */
public final class DiagramPicture {

    private DiagramPicture() {
    }

    public static Result<Picture> of(InvestigationFolder folder) {
        try {
            List<String> names = DiagramFiles.list(folder);
            Diagram diagram;
            String title;
            if (!names.isEmpty()) {
                String name = names.contains(DiagramFiles.DEFAULT_NAME) ? DiagramFiles.DEFAULT_NAME : names.get(0);
                diagram = DiagramFiles.load(folder, name);
                title = "Causal chain (diagram '" + name + "')";
            } else if (!folder.investigation().getCausalLinks().isEmpty()) {
                diagram = DiagramBuilder.fromCausalLinks(folder, DiagramFiles.DEFAULT_NAME, null, true);
                title = "Causal chain, drawn for this report from every causal link (the investigation has no diagram)";
            } else {
                return Result.missing("No diagram: the investigation has no causal link yet.");
            }
            Picture picture = new Picture("diagram", title, SvgSanitizer.sanitize(DiagramExporter.toSvg(diagram, folder)),
                    DiagramExporter.toPdf(diagram, folder));
            List<String> others = names.stream().filter(n -> !n.equals(diagram.getName())).toList();
            return new Result<>(picture, others.isEmpty() ? List.of()
                    : List.of("Other diagrams of the investigation: " + String.join(", ", others)
                            + " (faultline export-diagram --diagram NAME)."));
        } catch (IOException | RuntimeException e) {
            return Result.missing("The diagram could not be drawn: " + e.getMessage());
        }
    }
}

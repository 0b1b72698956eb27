package dev.faultline.report;

import java.util.List;

/** The causal chain: the diagram as a picture (or a note why there is none) and every causal link. */
public record DiagramSection(Picture picture, List<Link> links, List<String> notes) {

    /** A causal link, cause to effect. */
    public record Link(String cause, String relation, String effect, String confidence, String rationale,
            boolean reconstructed, List<Citation> citations) {
    }
}

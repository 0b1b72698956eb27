package dev.faultline.report;

import java.util.List;

/**
 * What is still open: validation problems of the investigation, proposals the analysts rejected, and
 * every value that was reconstructed or estimated rather than recorded.
 */
public record QuestionsSection(List<Problem> problems, List<Rejected> rejected, List<Reconstructed> reconstructed,
        List<String> notes) {

    /** A validation problem. */
    public record Problem(String severity, String rule, String message) {
    }

    /** A causal-link proposal the analysts rejected, and why. */
    public record Rejected(String proposal, String proposedBecause, String reason, String rejected,
            List<Citation> citations) {
    }

    /** A reconstructed or estimated value and what the model says about it. */
    public record Reconstructed(String what, String note, List<Citation> citations) {
    }
}

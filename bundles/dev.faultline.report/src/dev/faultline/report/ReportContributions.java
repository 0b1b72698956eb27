package dev.faultline.report;

import java.util.List;

import dev.faultline.model.persistence.InvestigationFolder;

/**
 * What other parts of Faultline add to a post-mortem: the causal-chain diagram and the time axis. Each answer is a {@link Result}: a value, or a note that says
 * in the report why there is none (nothing is left out silently).
 */
public interface ReportContributions {

    /** An answer: a value or {@code null}, and notes for the reader. */
    record Result<T>(T value, List<String> notes) {

        public static <T> Result<T> of(T value) {
            return new Result<>(value, List.of());
        }

        public static <T> Result<T> missing(String note) {
            return new Result<>(null, List.of(note));
        }

        void noteTo(List<String> target) {
            target.addAll(notes);
        }
    }

    /** Contributions of a Faultline without the diagram, timeline and analysis parts: every answer is a note. */
    ReportContributions NONE = new ReportContributions() {
    };

    /** What the parts of Faultline installed with this bundle contribute (what the CLI and the workbench use). */
    static ReportContributions installed() {
        return dev.faultline.report.internal.InstalledContributions.INSTANCE;
    }

    /** The investigation's causal-chain diagram. */
    default Result<Picture> diagram(InvestigationFolder folder) {
        return Result.missing("No diagram picture: this build of Faultline cannot draw the causal-chain diagram."
                + " The causal links are listed below.");
    }

    /** The time axis of the curated timeline. */
    default Result<Picture> timeAxis(InvestigationFolder folder) {
        return Result.missing("No time-axis picture: this build of Faultline cannot draw the time axis."
                + " The curated events are listed below.");
    }
}

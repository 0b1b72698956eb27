package dev.faultline.ui.session;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the workbench opens at start: the investigation folder given with {@code ./faultline --case DIR}
 * (system property {@value #CASE_PROPERTY}), else the built-in sample investigation, kept in
 * {@code sample-cf291} of the state folder ({@code $FAULTLINE_HOME}, else {@code ~/.faultline}, as the CLI's)
 * — system property {@value #SAMPLE_PROPERTY} to put it elsewhere.
 */
public final class StartupInvestigation {

    public static final String CASE_PROPERTY = "faultline.case";
    public static final String SAMPLE_PROPERTY = "faultline.sample.dir";

    private StartupInvestigation() {
    }

    /** Opens the given investigation or the sample; the caller shows a failure to the user. */
    public static void open(InvestigationSession session) throws IOException {
        String given = System.getProperty(CASE_PROPERTY);
        if (given != null && !given.isBlank()) {
            session.open(Path.of(given));
        } else {
            session.openSample(sampleDir());
        }
    }

    static Path sampleDir() {
        String dir = System.getProperty(SAMPLE_PROPERTY);
        if (dir != null) {
            return Path.of(dir);
        }
        String home = System.getProperty("faultline.home", System.getenv("FAULTLINE_HOME"));
        Path state = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".faultline");
        return state.resolve("sample-cf291");
    }
}

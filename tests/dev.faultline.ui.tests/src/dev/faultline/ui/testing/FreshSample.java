package dev.faultline.ui.testing;

import java.nio.file.Path;

import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;

/**
 * Runs a test on a fresh copy of the sample in its own folder, then puts the shared investigation
 * back as the other tests left it (saved first, so their imports survive the switch; the fresh
 * folder is deleted with the test's temporary folder).
 */
public final class FreshSample {

    /** A test body that works on the session while it holds the fresh sample. */
    public interface Body {
        void run(InvestigationSession session) throws Exception;
    }

    private FreshSample() {
    }

    public static void run(Path tempDir, Body body) throws Exception {
        InvestigationSession session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        Path previous = session.folder().root();
        if (session.isDirty()) {
            session.save();
        }
        session.openSample(tempDir.resolve("sample"));
        try {
            body.run(session);
        } finally {
            session.open(previous);
            UiWait.flush();
        }
    }
}

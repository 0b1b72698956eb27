package dev.faultline.ui.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import dev.faultline.core.formats.Formats;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.testing.UiWait;

/** Imports a file into the open investigation the way the Import wizard does (job, then one command). */
public final class TestImports {

    private TestImports() {
    }

    public static void importFile(InvestigationSession session, Path file) throws IOException {
        ImportRow row = new ImportRow(file, Files.size(file), Formats.detect(file).format().id());
        boolean[] done = { false };
        ImportJob job = new ImportJob(session.folder(), List.of(row), dev.faultline.core.formats.ParseOptions.defaults(), (batch, reports) -> {
            session.domain().getCommandStack().execute(ImportEvidenceWizard.command(session.domain(), batch));
            done[0] = true;
        });
        org.eclipse.core.runtime.IStatus status = job.run(new NullProgressMonitor());
        if (!status.isOK()) {
            throw new AssertionError("the import of " + file + " failed: " + status.getMessage(), status.getException());
        }
        UiWait.until(() -> done[0], 10_000, "the import of " + file);
    }
}

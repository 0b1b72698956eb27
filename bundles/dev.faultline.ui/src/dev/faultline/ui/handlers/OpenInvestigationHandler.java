package dev.faultline.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import dev.faultline.ui.session.InvestigationSession;

/** File > Open Investigation: an investigation folder (the one holding investigation.xmi). */
public class OpenInvestigationHandler extends InvestigationFolderHandler {

    public OpenInvestigationHandler() {
        super("Open Investigation", "Choose an investigation folder (it contains investigation.xmi).");
    }

    @Override
    void apply(InvestigationSession session, Path dir) throws IOException {
        session.open(dir);
    }
}

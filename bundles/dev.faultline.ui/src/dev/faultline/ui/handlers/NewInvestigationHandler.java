package dev.faultline.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import dev.faultline.ui.session.InvestigationSession;

/** File > New Investigation: an empty investigation in a new (or empty) folder. */
public class NewInvestigationHandler extends InvestigationFolderHandler {

    public NewInvestigationHandler() {
        super("New Investigation", "Choose an empty folder for the new investigation (model, evidence, index).");
    }

    @Override
    void apply(InvestigationSession session, Path dir) throws IOException {
        session.create(dir);
    }
}

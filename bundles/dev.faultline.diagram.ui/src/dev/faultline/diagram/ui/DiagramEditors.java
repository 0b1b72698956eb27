package dev.faultline.diagram.ui;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import dev.faultline.diagram.DiagramBuilder;
import dev.faultline.diagram.DiagramFiles;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.model.CausalLink;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.SessionDiagrams;

/** Opening diagrams of the open investigation in the editor, and making new ones from causal links. */
public final class DiagramEditors {

    private DiagramEditors() {
    }

    /** Opens (or brings to front) diagram {@code name} of the session's investigation. */
    public static DiagramEditor open(IWorkbenchPage page, InvestigationSession session, String name) throws PartInitException {
        page.setEditorAreaVisible(true);
        IEditorPart editor = page.openEditor(new DiagramEditorInput(session.folder().root(), name), DiagramEditor.ID);
        return (DiagramEditor) editor;
    }

    /**
     * "New diagram from causal links": draws {@code links} (all causal links of the investigation, with
     * its remediations, when {@code null}), lays it out, saves it as {@code diagrams/NAME.diagram} and
     * opens it.
     */
    public static DiagramEditor createFromCausalLinks(IWorkbenchPage page, InvestigationSession session, String name,
            Collection<CausalLink> links) throws IOException, PartInitException {
        Diagram diagram = DiagramBuilder.fromCausalLinks(session.folder(), name, links, links == null);
        session.writeBeside("Faultline workbench (new diagram)", folder -> DiagramFiles.save(folder, diagram));
        SessionDiagrams.of(session).add(diagram);
        return open(page, session, name);
    }

    /** A diagram name not taken yet: {@code base}, else {@code base-2}, {@code base-3}, ... */
    public static String unusedName(InvestigationSession session, String base) throws IOException {
        List<String> taken = DiagramFiles.list(session.folder());
        String name = base;
        for (int i = 2; taken.contains(name); i++) {
            name = base + "-" + i;
        }
        return name;
    }
}

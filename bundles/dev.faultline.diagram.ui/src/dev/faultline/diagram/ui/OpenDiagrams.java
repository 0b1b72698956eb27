package dev.faultline.diagram.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.diagram.DiagramFiles;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.ui.session.InvestigationSession;

/**
 * The diagrams of the open investigation that the workbench has loaded: each is read once and kept
 * while the investigation is open (an editor closed and opened again shows the same diagram, with the
 * edits on the command stack), and saved with the investigation (Save). Another investigation opened
 * drops them.
 * <p>
 * Other parts of the workbench that add causal links (accepted analysis proposals) can bring them into
 * the loaded diagrams: {@code DiagramUpdater.addLinks(session.domain(), session.folder(), diagram, links)}
 * for each of {@link #loaded()}, executed on the session's command stack.
 */
public final class OpenDiagrams implements InvestigationSession.Listener, InvestigationSession.SaveParticipant {

    private static final Map<InvestigationSession, OpenDiagrams> INSTANCES = new java.util.WeakHashMap<>();
    private final Map<String, Diagram> loaded = new LinkedHashMap<>();

    private OpenDiagrams() {
    }

    /** The loaded diagrams of {@code session}'s investigation. */
    public static synchronized OpenDiagrams of(InvestigationSession session) {
        return INSTANCES.computeIfAbsent(session, s -> {
            OpenDiagrams diagrams = new OpenDiagrams();
            s.addListener(diagrams);
            s.addSaveParticipant(diagrams);
            return diagrams;
        });
    }

    /** Diagram {@code name} of {@code folder}, read from its file the first time. */
    public synchronized Diagram get(InvestigationFolder folder, String name) throws IOException {
        Diagram diagram = loaded.get(name);
        if (diagram == null) {
            diagram = DiagramFiles.load(folder, name);
            loaded.put(name, diagram);
        }
        return diagram;
    }

    /** Keeps a diagram made in the workbench (already saved to its file). */
    public synchronized void add(Diagram diagram) {
        loaded.put(diagram.getName(), diagram);
    }

    /** The diagrams loaded so far. */
    public synchronized List<Diagram> loaded() {
        return new ArrayList<>(loaded.values());
    }

    @Override
    public synchronized void save(InvestigationFolder folder) throws IOException {
        for (Diagram diagram : loaded.values()) {
            DiagramFiles.save(folder, diagram);
        }
    }

    @Override
    public synchronized void opened(InvestigationSession session) {
        loaded.clear();
    }
}

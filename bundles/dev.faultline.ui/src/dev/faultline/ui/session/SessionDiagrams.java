package dev.faultline.ui.session;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.diagram.DiagramFiles;
import dev.faultline.diagram.notation.Diagram;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * The diagrams of the open investigation that the workbench has loaded: each is read once and kept
 * while the investigation is open (an editor closed and opened again shows the same diagram, with the
 * edits on the command stack), and saved with the investigation (Save). Another investigation opened
 * drops them. The diagram editor and the Proposed Links view (accepted links are drawn into
 * {@link #all()}) share them.
 */
public final class SessionDiagrams implements InvestigationSession.Listener, InvestigationSession.SaveParticipant {

    private static final Map<InvestigationSession, SessionDiagrams> INSTANCES = new java.util.WeakHashMap<>();
    private final InvestigationSession session;
    private final Map<String, Diagram> loaded = new LinkedHashMap<>();

    private SessionDiagrams(InvestigationSession session) {
        this.session = session;
    }

    /** The loaded diagrams of {@code session}'s investigation. */
    public static synchronized SessionDiagrams of(InvestigationSession session) {
        return INSTANCES.computeIfAbsent(session, s -> {
            SessionDiagrams diagrams = new SessionDiagrams(s);
            s.addListener(diagrams);
            s.addSaveParticipant(diagrams);
            return diagrams;
        });
    }

    /** Diagram {@code name} of the open investigation, read from its file the first time. */
    public synchronized Diagram get(String name) throws IOException {
        Diagram diagram = loaded.get(name);
        if (diagram == null) {
            diagram = DiagramFiles.load(session.folder(), name);
            loaded.put(name, diagram);
        }
        return diagram;
    }

    /** Every diagram of the open investigation (those not loaded yet are read now). */
    public synchronized List<Diagram> all() throws IOException {
        List<Diagram> all = new ArrayList<>();
        for (String name : DiagramFiles.list(session.folder())) {
            all.add(get(name));
        }
        return all;
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
    public synchronized void opened(InvestigationSession s) {
        loaded.clear();
    }
}

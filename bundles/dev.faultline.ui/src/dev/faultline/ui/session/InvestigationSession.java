package dev.faultline.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import dev.faultline.diagram.SampleDiagram;
import dev.faultline.model.Investigation;
import dev.faultline.model.edit.InvestigationEditingDomains;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.model.sample.SampleInvestigation;

/**
 * The investigation open in the workbench: its folder, its one editing domain (one command stack,
 * so undo and redo are shared by every view) and its adapter factory. Views get it with
 * {@code PlatformUI.getWorkbench().getService(InvestigationSession.class)} and listen for
 * {@link Listener#opened} (another investigation) and {@link Listener#changed} (any edit, undo,
 * redo or save).
 */
public final class InvestigationSession {

    /** What views hear from the session. Called on the thread that made the change (the UI thread). */
    public interface Listener {
        /** Another investigation was opened (or the last one closed: {@code session.isOpen()} is false). */
        void opened(InvestigationSession session);

        /** The model or its dirty state changed. */
        default void changed(InvestigationSession session) {
        }
    }

    /**
     * Something kept beside the model that is edited through the same command stack and saved with it
     * (an open diagram): {@link #save()} calls it after the model was saved.
     */
    public interface SaveParticipant {
        void save(InvestigationFolder folder) throws IOException;
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<SaveParticipant> participants = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = event -> fireChanged();
    private InvestigationFolder folder;
    private AdapterFactoryEditingDomain domain;

    public boolean isOpen() {
        return folder != null;
    }

    public InvestigationFolder folder() {
        return folder;
    }

    public Investigation investigation() {
        return folder == null ? null : folder.investigation();
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public AdapterFactory adapterFactory() {
        return domain == null ? null : domain.getAdapterFactory();
    }

    public CommandStack commandStack() {
        return domain == null ? null : domain.getCommandStack();
    }

    public boolean isDirty() {
        return domain != null && InvestigationEditingDomains.isDirty(domain);
    }

    /** Opens an existing investigation folder, replacing the open one (the caller asked to save it). */
    public void open(Path dir) throws IOException {
        show(InvestigationFolder.open(dir));
    }

    /** Creates a new, empty investigation in {@code dir} and opens it. */
    public void create(Path dir) throws IOException {
        show(InvestigationFolder.create(dir));
    }

    /**
     * Opens the built-in sample investigation, written as a normal investigation folder (with its
     * causal-chain diagram) to {@code dir} the first time (later runs open what is there, with the
     * user's edits).
     */
    public void openSample(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve(InvestigationFolder.MODEL_FILE))) {
            open(dir);
        } else {
            InvestigationFolder sample = SampleInvestigation.writeTo(dir);
            SampleDiagram.writeTo(sample);
            show(sample);
        }
    }

    /**
     * Saves the open investigation atomically, then what the {@link SaveParticipant}s keep beside it,
     * and marks the command stack as saved.
     */
    public void save() throws IOException {
        if (folder == null) {
            return;
        }
        folder.save();
        for (SaveParticipant participant : participants) {
            participant.save(folder);
        }
        InvestigationEditingDomains.markSaved(domain);
        fireChanged();
    }

    /** Closes the open investigation without saving. */
    public void close() {
        if (folder == null) {
            return;
        }
        release();
        folder = null;
        domain = null;
        for (Listener listener : listeners) {
            listener.opened(this);
        }
    }

    private void show(InvestigationFolder opened) {
        release();
        folder = opened;
        domain = InvestigationEditingDomains.create(opened);
        domain.getCommandStack().addCommandStackListener(stackListener);
        for (Listener listener : listeners) {
            listener.opened(this);
        }
    }

    private void release() {
        if (domain != null) {
            domain.getCommandStack().removeCommandStackListener(stackListener);
            InvestigationEditingDomains.dispose(domain);
        }
    }

    private void fireChanged() {
        for (Listener listener : listeners) {
            listener.changed(this);
        }
    }

    public void addSaveParticipant(SaveParticipant participant) {
        participants.add(participant);
    }

    public void removeSaveParticipant(SaveParticipant participant) {
        participants.remove(participant);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}

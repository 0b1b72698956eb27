package dev.faultline.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.widgets.Display;

import dev.faultline.diagram.SampleDiagram;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.intake.ModelMerge;
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

        /**
         * Something happened to the open investigation the user should read: another writer changed it
         * on disk and it was reloaded or merged.
         */
        default void noticed(InvestigationSession session, String message) {
        }
    }

    /**
     * Something kept beside the model that is edited through the same command stack and saved with it
     * (an open diagram): {@link #save()} calls it after the model was saved.
     */
    public interface SaveParticipant {
        void save(InvestigationFolder folder) throws IOException;
    }

    /** How often the folder is checked for changes by other writers. */
    static final int WATCH_MILLIS = 1500;
    /** How long a save waits for another writer of the investigation (an import from a shell) to finish. */
    public static final Duration SAVE_WAIT = Duration.ofSeconds(10);

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<SaveParticipant> participants = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = event -> {
        if (this.outside != null) {
            this.outside.noteEvidence();
        }
        fireChanged();
    };
    private InvestigationFolder folder;
    private AdapterFactoryEditingDomain domain;
    private OutsideChanges outside;
    private boolean watching;
    private String lastNotice;

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

    /** Creates a new, empty investigation in {@code dir} (under its writer lock) and opens it. */
    public void create(Path dir) throws IOException {
        Files.createDirectories(dir);
        InvestigationFolder created;
        try (InvestigationLock lock = InvestigationLock.acquire(dir, "Faultline workbench (new investigation)", SAVE_WAIT, null)) {
            created = InvestigationFolder.create(dir);
        }
        show(created); // after the lock: what listeners start (the timeline's index sync) may take it
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
            Files.createDirectories(dir);
            InvestigationFolder sample;
            try (InvestigationLock lock = InvestigationLock.acquire(dir, "Faultline workbench (sample)", SAVE_WAIT, null)) {
                sample = SampleInvestigation.writeTo(dir);
                SampleDiagram.writeTo(sample);
            }
            show(sample); // after the lock: what listeners start (the timeline's index sync) may take it
        }
    }

    /**
     * Saves the open investigation atomically, then what the {@link SaveParticipant}s keep beside it,
     * under the investigation's writer lock, and marks the command stack as saved.
     *
     * @throws dev.faultline.intake.InvestigationLockedException when another writer held the lock for {@link #SAVE_WAIT}
     */
    public void save() throws IOException {
        if (folder == null) {
            return;
        }
        try (InvestigationLock lock = InvestigationLock.acquire(folder.root(), "Faultline workbench (save)", SAVE_WAIT, null)) {
            if (outside.changedOnDisk()) {
                // another writer saved since: what it added joins this version, so this save loses none of it
                ModelMerge merge = outside.mergeFromDisk(domain);
                if (!merge.isEmpty()) {
                    notice("Merged " + describe(merge) + " another writer had added to " + folder.modelFile() + " into this save.");
                }
            }
            outside.logRemovedEvidence(System.getProperty("user.name", "unknown"));
            folder.save();
            for (SaveParticipant participant : participants) {
                participant.save(folder);
            }
            outside.rememberSaved();
        }
        InvestigationEditingDomains.markSaved(domain);
        fireChanged();
    }

    /**
     * Writes something beside the model into the open investigation's folder (a new diagram file)
     * under the investigation's writer lock, waiting at most {@link #SAVE_WAIT} for another writer.
     *
     * @param program what writes, for another writer to read ("Faultline workbench (new diagram)")
     */
    public void writeBeside(String program, SaveParticipant write) throws IOException {
        try (InvestigationLock lock = InvestigationLock.acquire(folder.root(), program, SAVE_WAIT, null)) {
            write.save(folder);
        }
    }

    /**
     * Looks whether another writer changed the investigation on disk: then reloads it when there
     * are no unsaved changes, else merges what the writer added into the open model (one undoable
     * command) and tells the listeners. Called by the workbench every {@value #WATCH_MILLIS} ms.
     *
     * @return what was done, or null when nothing changed
     */
    public String checkDisk() throws IOException {
        if (folder == null || !outside.changedOnDisk()) {
            return null;
        }
        String message;
        if (!isDirty()) {
            show(InvestigationFolder.open(folder.root()));
            message = folder.modelFile() + " was changed by another program (e.g. faultline import); reloaded.";
        } else {
            ModelMerge merge = outside.mergeFromDisk(domain);
            message = merge.isEmpty() ? folder.modelFile() + " was changed by another program; it added nothing this version lacks."
                    : folder.modelFile() + " was changed by another program: " + describe(merge)
                            + " it added were merged into your unsaved investigation; save to keep both.";
        }
        notice(message);
        return message;
    }

    private static String describe(ModelMerge merge) {
        return merge.objectCount() + " objects (" + merge.evidenceCount() + " evidence files)";
    }

    /** The last message given to {@link Listener#noticed}, or null. */
    public String lastNotice() {
        return lastNotice;
    }

    private void notice(String message) {
        lastNotice = message;
        for (Listener listener : listeners) {
            listener.noticed(this, message);
        }
    }

    /** Checks the folder on the UI thread every {@value #WATCH_MILLIS} ms while the display lives. */
    private void watch() {
        Display display = Display.getCurrent();
        if (watching || display == null) {
            return;
        }
        watching = true;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (display.isDisposed()) {
                return;
            }
            try {
                checkDisk();
            } catch (IOException e) {
                outside.rememberDiskState();
                notice(folder.modelFile() + " was changed on disk and cannot be read (" + e.getMessage() + "); your open version is kept.");
            }
            display.timerExec(WATCH_MILLIS, poll[0]);
        };
        display.timerExec(WATCH_MILLIS, poll[0]);
    }

    /** Closes the open investigation without saving. */
    public void close() {
        if (folder == null) {
            return;
        }
        release();
        folder = null;
        domain = null;
        outside = null;
        for (Listener listener : listeners) {
            listener.opened(this);
        }
    }

    /** Shows an investigation already loaded (tests put back what was open, unsaved content included). */
    void showLoaded(InvestigationFolder opened) {
        show(opened);
    }

    private void show(InvestigationFolder opened) {
        release();
        folder = opened;
        domain = InvestigationEditingDomains.create(opened);
        outside = new OutsideChanges(opened);
        domain.getCommandStack().addCommandStackListener(stackListener);
        watch();
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

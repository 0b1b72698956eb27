package dev.faultline.intake;

import java.nio.file.Path;
import java.time.Duration;

import dev.faultline.model.persistence.InvestigationFolderException;

/** Another writer held an investigation's lock for longer than this writer would wait; the message names it. */
public class InvestigationLockedException extends InvestigationFolderException {
    private static final long serialVersionUID = 1L;

    private final transient LockHolder holder;

    public InvestigationLockedException(Path folder, LockHolder holder, Duration waited) {
        super(folder + ": the investigation is being written by " + (holder == null ? "another program (holder not recorded)" : holder.describe())
                + (waited.isZero() ? "" : "; waited " + waited.toSeconds() + " s"));
        this.holder = holder;
    }

    /** The writer holding the lock; null when its record could not be read. */
    public LockHolder holder() {
        return holder;
    }
}

package dev.faultline.ui.testing;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/** Waiting in UI tests by processing events until a condition holds, never by sleeping blindly. */
public final class UiWait {

    private UiWait() {
    }

    /** Runs the event loop until {@code condition} is true; fails after {@code timeoutMillis}. */
    public static void until(BooleanSupplier condition, long timeoutMillis, String what) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Processes pending UI events. */
    public static void flush() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Runs the event loop until no job is running or waiting (at most {@code timeoutMillis}). */
    public static void forJobs(long timeoutMillis) {
        until(() -> Job.getJobManager().isIdle(), timeoutMillis, "all jobs to finish");
        flush();
    }
}

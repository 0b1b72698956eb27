package dev.faultline.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import dev.faultline.index.IndexProgress;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.intake.InvestigationLockedException;
import dev.faultline.intake.InvestigationRepair;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * The investigation writer lock as CLI writers take it: {@code --wait SECONDS} (default
 * {@value #DEFAULT_WAIT_SECONDS}) for another writer to finish, a note on stderr while waiting,
 * and exit 2 naming the holder when it did not finish in time.
 */
public final class WriterLock {

    public static final int DEFAULT_WAIT_SECONDS = 30;
    /** The option's line for a command's usage text. */
    public static final String USAGE = "--wait SECONDS  wait at most this long for another writer of the investigation to finish (default "
            + DEFAULT_WAIT_SECONDS + "); then exit 2 naming it";

    private WriterLock() {
    }

    /** The value of {@code --wait}: whole seconds, 0 or more. */
    public static Duration waitOption(String text) throws UsageException {
        try {
            long seconds = Long.parseLong(text);
            if (seconds < 0) {
                throw new UsageException("--wait takes seconds (0 or more), got " + text);
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new UsageException("--wait takes a number of seconds, got '" + text + "'");
        }
    }

    /**
     * Takes the writer lock of {@code dir} for {@code program} ("faultline import").
     *
     * @throws BadInputException when another writer held it for longer than {@code wait}
     */
    public static InvestigationLock acquire(CliContext context, Path dir, String program, Duration wait) throws BadInputException, IOException {
        try {
            return InvestigationLock.acquire(dir, program, wait, holder -> context.err().println("faultline: " + dir
                    + " is being written by " + (holder == null ? "another program" : holder.describe()) + "; waiting up to "
                    + wait.toSeconds() + " s"));
        } catch (InvestigationLockedException e) {
            throw new BadInputException(e.getMessage() + ". Try again when it has finished, or wait longer with --wait SECONDS.", e);
        }
    }

    /**
     * When the last writer of {@code folder} died while writing (the lock held its stale record),
     * repairs what it left before this command writes, and says so on stderr.
     */
    public static void repairIfStale(CliContext context, InvestigationLock lock, InvestigationFolder folder) throws IOException, BadInputException {
        if (lock.staleHolder().isEmpty()) {
            return;
        }
        context.err().println("faultline: " + folder.root() + ": the last writer, " + lock.staleHolder().get().describe()
                + ", ended without finishing; repairing what it left");
        InvestigationRepair.Outcome outcome = InvestigationRepair.run(folder, System.getProperty("user.name", "unknown"), IndexProgress.NONE,
                OpenSearchIndexing.opening(context, folder.root()));
        outcome.done().forEach(line -> context.err().println("faultline: repaired: " + line));
        outcome.left().forEach(line -> context.err().println("faultline: not repaired: " + line));
    }
}

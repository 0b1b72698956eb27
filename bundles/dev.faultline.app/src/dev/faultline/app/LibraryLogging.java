package dev.faultline.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quiet library logging for the CLI in the Equinox runtime ({@code FAULTLINE_CLI=osgi}) and for the
 * workbench: Lucene reports at INFO level which vector and memory-mapping implementation it picked, and
 * warns when the vector incubator module is not on the JVM's command line (Faultline runs without it:
 * the startup bench measured no consistent gain). Neither is something a user can act on; Lucene's
 * other warnings and errors still show. (The lean launch path sets the same
 * levels in its logging configuration, {@code releng/scripts/cli-logging.properties}.)
 */
public final class LibraryLogging {

    /** Lucene's loggers, kept referenced so that their quieter levels stay set. */
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private LibraryLogging() {
    }

    public static void quiet() {
        LUCENE.setLevel(Level.WARNING);
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    }
}

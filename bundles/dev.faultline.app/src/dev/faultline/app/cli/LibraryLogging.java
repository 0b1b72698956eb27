package dev.faultline.app.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quiet library logging for the CLI in the Equinox runtime ({@code FAULTLINE_CLI=osgi}): Lucene
 * reports at INFO level which vector and memory-mapping implementation it picked, and warns when the
 * vector incubator module is not on the JVM's command line. Neither is something a user of the CLI
 * can act on; Lucene's other warnings and errors still show. (The lean launch path sets the same
 * levels in its logging configuration, {@code releng/scripts/cli-logging.properties}.)
 */
final class LibraryLogging {

    /** Lucene's loggers, kept referenced so that their quieter levels stay set. */
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private LibraryLogging() {
    }

    static void quiet() {
        LUCENE.setLevel(Level.WARNING);
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    }
}

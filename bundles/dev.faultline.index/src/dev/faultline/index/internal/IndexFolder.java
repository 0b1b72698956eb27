package dev.faultline.index.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;

import dev.faultline.index.IndexCheck;
import dev.faultline.index.Verification;

/**
 * The files of an index folder, looked at without a writer: whether there are any, whether they
 * pass Lucene's checks, and removing those of a damaged index before it is built again.
 */
public final class IndexFolder {

    private IndexFolder() {
    }

    /** Whether the folder holds index files (segments, their commit points), committed or not. */
    public static boolean holdsIndexFiles(Directory directory) throws IOException {
        return Arrays.stream(directory.listAll()).anyMatch(IndexFolder::isIndexFile);
    }

    /**
     * The outcome of a verification: {@code problem} is {@code null} when the index passed, else what
     * is wrong; {@code reader} is the latest commit opened by {@link Verification#OPEN} (for the caller
     * to search with, or to close), else {@code null}.
     */
    public record Verified(String problem, DirectoryReader reader) {
    }

    /** Returns {@code null} when the index passes {@code verification}, else what is wrong. */
    public static String verify(Directory directory, Verification verification) {
        Verified verified = verifyKeepingReader(directory, verification);
        if (verified.reader() != null) {
            try {
                verified.reader().close();
            } catch (IOException e) {
                return e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        return verified.problem();
    }

    /**
     * Like {@link #verify}, but {@link Verification#OPEN} hands over the reader it opened: opening an
     * index of many segments twice (once to verify, once to search) was the larger part of a one-off
     * search.
     */
    public static Verified verifyKeepingReader(Directory directory, Verification verification) {
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            if (verification == Verification.OPEN) {
                return new Verified(null, reader);
            }
            reader.close();
        } catch (IOException | RuntimeException e) {
            return new Verified(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
        IndexCheck check = check(directory, verification == Verification.FULL ? CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS
                : CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
        return new Verified(check.clean() ? null : firstProblem(check.report()), null);
    }

    /** Runs Lucene's CheckIndex at {@code level} (no writer may hold the index's write lock). */
    public static IndexCheck check(Directory directory, int level) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream report = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        try (CheckIndex checker = new CheckIndex(directory)) {
            checker.setLevel(level);
            checker.setInfoStream(report, false);
            CheckIndex.Status status = checker.checkIndex();
            long docs = -1;
            if (status.clean) {
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    docs = reader.numDocs();
                }
            }
            return new IndexCheck(status.clean, docs, buffer.toString(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            report.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            return new IndexCheck(false, -1, buffer.toString(StandardCharsets.UTF_8));
        }
    }

    /** Deletes every index file and the write lock (the folder holds nothing else of value). */
    public static void deleteIndexFiles(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            if (isIndexFile(file) || file.equals("write.lock")) {
                try {
                    directory.deleteFile(file);
                } catch (NoSuchFileException gone) {
                    // already gone
                }
            }
        }
    }

    private static boolean isIndexFile(String file) {
        return file.startsWith("segments") || file.startsWith("_") || file.startsWith("pending_segments");
    }

    private static String firstProblem(String report) {
        for (String line : report.split("\n")) {
            String l = line.strip();
            if (l.startsWith("FAILED") || l.startsWith("WARNING") || l.contains("ERROR")) {
                return l;
            }
        }
        return "CheckIndex found problems";
    }
}

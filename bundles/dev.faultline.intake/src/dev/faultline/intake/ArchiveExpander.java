package dev.faultline.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a .zip archive of evidence into a temporary folder, safely: no entry may leave the folder
 * (absolute paths, {@code ..}), no two entries may write the same file, and entry count, entry size,
 * total size and the ratio of unpacked to packed bytes are bounded so that a zip bomb is refused
 * instead of filling the disk. Every refusal is an {@link IOException} naming the archive (and the
 * entry, when one is at fault); a damaged archive is refused the same way.
 */
public final class ArchiveExpander {

    public static final int MAX_ENTRIES = 100_000;
    public static final long MAX_ENTRY_BYTES = 8L << 30;
    public static final long MAX_TOTAL_BYTES = 32L << 30;
    /** Most bytes unpacked per byte of archive, once more than {@link #RATIO_FREE_BYTES} were unpacked. */
    public static final long MAX_RATIO = 250;
    /** Bytes an archive may always unpack to, whatever its ratio. */
    public static final long RATIO_FREE_BYTES = 256L << 20;

    private final int maxEntries;
    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private final long maxRatio;
    private final long ratioFreeBytes;

    /** A refusal of ours, as opposed to an I/O failure reading the archive. */
    private static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    public ArchiveExpander() {
        this(MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES);
    }

    public ArchiveExpander(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        this(maxEntries, maxEntryBytes, maxTotalBytes, MAX_RATIO, RATIO_FREE_BYTES);
    }

    public ArchiveExpander(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio, long ratioFreeBytes) {
        this.maxEntries = maxEntries;
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.maxRatio = maxRatio;
        this.ratioFreeBytes = ratioFreeBytes;
    }

    /** Whether the file starts like a zip archive. */
    public static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /**
     * Unpacks {@code zip} into {@code target} and returns the regular files written, in archive order.
     *
     * @throws IOException naming the archive and the entry when an entry is unsafe or too large, or
     *             when the archive is damaged
     */
    public List<Path> expand(Path zip, Path target) throws IOException {
        Path base = target.toAbsolutePath().normalize();
        long packed = Math.max(1, Files.size(zip));
        List<Path> files = new ArrayList<>();
        Set<Path> written = new HashSet<>();
        long total = 0;
        int entries = 0;
        String current = null;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                current = entry.getName();
                if (++entries > maxEntries) {
                    throw new Refusal(zip + ": more than " + maxEntries + " entries; refused");
                }
                Path out = outputPath(zip, base, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                if (!written.add(out)) {
                    throw new Refusal(zip + ": entry '" + entry.getName() + "' appears more than once; refused");
                }
                Files.createDirectories(out.getParent());
                long size = 0;
                try (OutputStream os = Files.newOutputStream(out)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        size += n;
                        total += n;
                        if (size > maxEntryBytes) {
                            throw new Refusal(zip + ": entry '" + entry.getName() + "' is larger than " + maxEntryBytes + " bytes; refused");
                        }
                        if (total > maxTotalBytes) {
                            throw new Refusal(zip + ": unpacks to more than " + maxTotalBytes + " bytes; refused");
                        }
                        if (total > ratioFreeBytes && total / packed > maxRatio) {
                            throw new Refusal(zip + ": unpacks to more than " + maxRatio + " times its own size (" + packed
                                    + " bytes), like a zip bomb; refused (unpack it yourself and import the folder if it is real)");
                        }
                        os.write(buffer, 0, n);
                    }
                }
                files.add(out);
            }
        } catch (Refusal e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            String message = e instanceof FileAlreadyExistsException
                    ? "another entry already made a file or folder of that name"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IOException(zip + ": " + (current == null ? "not a readable zip archive" : "cannot unpack entry '" + current + "'")
                    + " (" + message + "); refused", e);
        }
        return files;
    }

    private static Path outputPath(Path zip, Path base, String entryName) throws Refusal {
        String name = entryName.replace('\\', '/');
        Path out;
        try {
            out = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new Refusal(zip + ": entry name '" + entryName.replace('\0', '?') + "' is not a valid file name (" + e.getReason() + "); refused");
        }
        if (name.startsWith("/") || !out.startsWith(base) || out.equals(base)) {
            throw new Refusal(zip + ": entry '" + entryName + "' would be written outside the import folder; refused");
        }
        return out;
    }
}

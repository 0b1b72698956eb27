package dev.faultline.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a .zip archive of evidence into a temporary folder, safely: no entry may leave the folder
 * (absolute paths, {@code ..}), and entry count, entry size and total size are bounded so that a zip
 * bomb is refused instead of filling the disk.
 */
public final class ArchiveExpander {

    public static final int MAX_ENTRIES = 100_000;
    public static final long MAX_ENTRY_BYTES = 8L << 30;
    public static final long MAX_TOTAL_BYTES = 32L << 30;

    private final int maxEntries;
    private final long maxEntryBytes;
    private final long maxTotalBytes;

    public ArchiveExpander() {
        this(MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES);
    }

    public ArchiveExpander(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        this.maxEntries = maxEntries;
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
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
     * @throws IOException naming the archive and the entry when an entry is unsafe or too large
     */
    public List<Path> expand(Path zip, Path target) throws IOException {
        Path base = target.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    throw new IOException(zip + ": more than " + maxEntries + " entries; refused");
                }
                String name = entry.getName().replace('\\', '/');
                Path out = base.resolve(name).normalize();
                if (name.startsWith("/") || !out.startsWith(base) || out.equals(base)) {
                    throw new IOException(zip + ": entry '" + entry.getName() + "' would be written outside the import folder; refused");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                long size = 0;
                try (OutputStream os = Files.newOutputStream(out)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        size += n;
                        total += n;
                        if (size > maxEntryBytes) {
                            throw new IOException(zip + ": entry '" + entry.getName() + "' is larger than " + maxEntryBytes + " bytes; refused");
                        }
                        if (total > maxTotalBytes) {
                            throw new IOException(zip + ": unpacks to more than " + maxTotalBytes + " bytes; refused");
                        }
                        os.write(buffer, 0, n);
                    }
                }
                files.add(out);
            }
        }
        return files;
    }
}

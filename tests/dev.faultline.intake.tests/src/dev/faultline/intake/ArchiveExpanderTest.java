package dev.faultline.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveExpanderTest {

    @TempDir
    Path temp;

    private Path zip(String name, String... entriesAndContents) throws IOException {
        Path zip = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < entriesAndContents.length; i += 2) {
                z.putNextEntry(new ZipEntry(entriesAndContents[i]));
                z.write(entriesAndContents[i + 1].getBytes());
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void expandsEntriesInOrder() throws Exception {
        Path zip = zip("logs.zip", "a/System.log", "one", "b.txt", "two");
        assertTrue(ArchiveExpander.isZip(zip));
        List<Path> files = new ArchiveExpander().expand(zip, temp.resolve("out"));
        assertEquals(List.of(temp.resolve("out/a/System.log"), temp.resolve("out/b.txt")), files);
        assertEquals("one", Files.readString(files.get(0)));
    }

    @Test
    void refusesAnEntryThatWouldEscapeTheFolder() throws Exception {
        Path zip = zip("evil.zip", "ok.txt", "fine", "../../escaped.txt", "pwned");
        IOException e = assertThrows(IOException.class, () -> new ArchiveExpander().expand(zip, temp.resolve("out")));
        assertTrue(e.getMessage().contains("'../../escaped.txt' would be written outside"), e.getMessage());
        assertFalse(Files.exists(temp.resolve("escaped.txt")));
    }

    @Test
    void refusesEntriesAndArchivesOverTheirBounds() throws Exception {
        Path zip = zip("big.zip", "a.txt", "x".repeat(2000), "b.txt", "y".repeat(2000));
        IOException entry = assertThrows(IOException.class, () -> new ArchiveExpander(10, 1000, 10_000).expand(zip, temp.resolve("o1")));
        assertTrue(entry.getMessage().contains("'a.txt' is larger than 1000 bytes"), entry.getMessage());
        IOException total = assertThrows(IOException.class, () -> new ArchiveExpander(10, 5000, 3000).expand(zip, temp.resolve("o2")));
        assertTrue(total.getMessage().contains("unpacks to more than 3000 bytes"), total.getMessage());
        IOException count = assertThrows(IOException.class, () -> new ArchiveExpander(1, 5000, 10_000).expand(zip, temp.resolve("o3")));
        assertTrue(count.getMessage().contains("more than 1 entries"), count.getMessage());
    }

    @Test
    void refusesAbsoluteBackslashAndUnnamableEntries() throws Exception {
        for (String name : List.of("/tmp/absolute.txt", "..\\..\\escaped.txt", "a/../../escaped.txt")) {
            Path zip = zip("evil.zip", name, "pwned");
            IOException e = assertThrows(IOException.class, () -> new ArchiveExpander().expand(zip, temp.resolve("out")), name);
            assertTrue(e.getMessage().startsWith(zip + ": entry '" + name + "' would be written outside"), e.getMessage());
        }
        assertFalse(Files.exists(temp.resolve("escaped.txt")));
        Path nul = zip("nul.zip", "nul_name.txt", "data");
        byte[] bytes = Files.readAllBytes(nul);
        for (int i = 0; i + 8 <= bytes.length; i++) {
            if (new String(bytes, i, 8, java.nio.charset.StandardCharsets.US_ASCII).equals("nul_name")) {
                bytes[i + 3] = 0;
            }
        }
        Files.write(nul, bytes);
        IOException e = assertThrows(IOException.class, () -> new ArchiveExpander().expand(nul, temp.resolve("out")));
        assertTrue(e.getMessage().startsWith(nul + ": "), e.getMessage());
    }

    @Test
    void refusesEntriesThatWouldOverwriteEachOther() throws Exception {
        Path twice = temp.resolve("twice.zip");
        try (OutputStream out = Files.newOutputStream(twice); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("logs/System.log"));
            z.write("first".getBytes());
            z.closeEntry();
            // ZipOutputStream refuses a duplicate name; a different spelling of the same path is the same file
            z.putNextEntry(new ZipEntry("logs/./System.log"));
            z.write("second".getBytes());
            z.closeEntry();
        }
        IOException e = assertThrows(IOException.class, () -> new ArchiveExpander().expand(twice, temp.resolve("o1")));
        assertEquals(twice + ": entry 'logs/./System.log' appears more than once; refused", e.getMessage());
        Path clash = zip("clash.zip", "a", "a file", "a/b", "under a file");
        IOException c = assertThrows(IOException.class, () -> new ArchiveExpander().expand(clash, temp.resolve("o2")));
        assertEquals(clash + ": cannot unpack entry 'a/b' (another entry already made a file or folder of that name); refused", c.getMessage());
    }

    @Test
    void refusesDamagedArchivesNamingThem() throws Exception {
        Path zip = zip("logs.zip", "a/System.log", "one ".repeat(1000), "b.txt", "two");
        byte[] bytes = Files.readAllBytes(zip);
        Path cut = Files.write(temp.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, 60));
        IOException e = assertThrows(IOException.class, () -> new ArchiveExpander().expand(cut, temp.resolve("out")));
        assertTrue(e.getMessage().startsWith(cut + ": cannot unpack entry 'a/System.log' ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("); refused"), e.getMessage());
    }

    @Test
    void refusesAnArchiveThatUnpacksToFarMoreThanItsSize() throws Exception {
        Path bomb = temp.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("zeros.log"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertTrue(Files.size(bomb) < 64 * 1024, "8 MiB of zeros pack small: " + Files.size(bomb));
        ArchiveExpander strict = new ArchiveExpander(10, 1L << 30, 1L << 30, 100, 1 << 20);
        IOException e = assertThrows(IOException.class, () -> strict.expand(bomb, temp.resolve("o1")));
        assertTrue(e.getMessage().startsWith(bomb + ": unpacks to more than 100 times its own size"), e.getMessage());
        Path logs = zip("logs.zip", "System.log", "Jul 19 04:09:01 ws-0142 kernel: csagent loaded\n".repeat(2000));
        assertEquals(1, strict.expand(logs, temp.resolve("o2")).size(), "an archive that unpacks to less than the free amount is never refused for its ratio");
    }

    @Test
    void doesNotUnpackArchivesInsideTheArchive() throws Exception {
        Path inner = zip("inner.zip", "deep.log", "x".repeat(100_000));
        Path outer = temp.resolve("outer.zip");
        try (OutputStream out = Files.newOutputStream(outer); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("inner.zip"));
            z.write(Files.readAllBytes(inner));
            z.closeEntry();
        }
        List<Path> files = new ArchiveExpander().expand(outer, temp.resolve("out"));
        assertEquals(List.of(temp.resolve("out/inner.zip")), files);
        assertEquals(Files.size(inner), Files.size(files.get(0)), "the inner archive is kept as it is");
    }

    @Test
    void aTextFileIsNotAZip() throws Exception {
        assertFalse(ArchiveExpander.isZip(Files.writeString(temp.resolve("x.log"), "PK but not really")));
    }
}

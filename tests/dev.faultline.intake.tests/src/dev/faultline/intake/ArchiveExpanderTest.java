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
    void aTextFileIsNotAZip() throws Exception {
        assertFalse(ArchiveExpander.isZip(Files.writeString(temp.resolve("x.log"), "PK but not really")));
    }
}

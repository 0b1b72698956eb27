package dev.faultline.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Host;

class AtomicSaveTest {

    @TempDir
    Path temp;

    /** Passes {@code limit} bytes through, then fails as a crashing process or a full disk would. */
    private static final class CrashingStream extends FilterOutputStream {
        private long left;

        CrashingStream(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("simulated crash mid-write");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }

    @Test
    void aCrashMidWriteLeavesTheLastGoodVersion() throws IOException {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        for (int i = 0; i < 50; i++) {
            Host host = FaultlineFactory.eINSTANCE.createHost();
            host.setName("host-" + i);
            folder.investigation().getHosts().add(host);
        }
        folder.save();
        byte[] good = Files.readAllBytes(folder.modelFile());

        folder.investigation().setTitle("renamed before the crash");
        folder.investigation().getHosts().remove(0);
        folder.useWriter(new AtomicFileWriter(out -> new CrashingStream(out, 1000)));
        IOException crash = assertThrows(IOException.class, folder::save);

        assertEquals("simulated crash mid-write", crash.getMessage());
        assertArrayEquals(good, Files.readAllBytes(folder.modelFile()));
        assertEquals(List.of("evidence", "investigation.xmi"), listing(folder.root()), "temporary file left behind");
        InvestigationFolder reopened = InvestigationFolder.open(folder.root());
        assertEquals("case", reopened.investigation().getTitle());
        assertEquals(50, reopened.investigation().getHosts().size());
    }

    @Test
    void theNextSaveAfterACrashSucceeds() throws IOException {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        folder.investigation().setTitle("second try");
        folder.useWriter(new AtomicFileWriter(out -> new CrashingStream(out, 10)));
        assertThrows(IOException.class, folder::save);

        folder.useWriter(new AtomicFileWriter());
        folder.save();

        assertEquals("second try", InvestigationFolder.open(folder.root()).investigation().getTitle());
    }

    @Test
    void openingRemovesPartialFilesOfASaveThatWasKilled() throws IOException {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        Files.writeString(folder.root().resolve(".investigation.xmi.123456.tmp"), "<?xml version=");

        InvestigationFolder.open(folder.root());

        assertEquals(List.of("evidence", "investigation.xmi"), listing(folder.root()));
    }

    @Test
    void writerReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = temp.resolve("data.txt");
        Files.writeString(target, "old");

        new AtomicFileWriter().write(target, out -> out.write("new".getBytes()));

        assertEquals("new", Files.readString(target));
        assertEquals(List.of("data.txt"), listing(temp));
    }

    @Test
    void writerKeepsTheOldFileWhenTheContentFails() throws IOException {
        Path target = temp.resolve("data.txt");
        Files.writeString(target, "old");

        assertThrows(IOException.class, () -> new AtomicFileWriter().write(target, out -> {
            out.write("partial".getBytes());
            throw new IOException("content failed");
        }));

        assertEquals("old", Files.readString(target));
        assertEquals(List.of("data.txt"), listing(temp));
    }

    @Test
    void theNewFileKeepsThePermissionsOfTheOldOneAndIsWorldReadableWhenNew() throws IOException {
        Path created = temp.resolve("created.txt");
        new AtomicFileWriter().write(created, out -> out.write('a'));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));

        Files.setPosixFilePermissions(created, PosixFilePermissions.fromString("rw-rw----"));
        new AtomicFileWriter().write(created, out -> out.write('b'));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

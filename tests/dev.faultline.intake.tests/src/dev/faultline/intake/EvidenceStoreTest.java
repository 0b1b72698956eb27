package dev.faultline.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.persistence.InvestigationFolder;

class EvidenceStoreTest {

    @TempDir
    Path temp;

    @Test
    void copiesHashesAndLogsAFileAndRecognisesTheSameBytesAgain() throws Exception {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        Path source = Files.writeString(temp.resolve("notes.log"), "abc", StandardCharsets.UTF_8);
        EvidenceStore store = new EvidenceStore(folder);

        EvidenceStore.Stored first = store.add(source, source.toString(), "analyst");
        assertFalse(first.alreadyPresent());
        // SHA-256("abc"), the FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", first.evidence().getSha256());
        assertEquals(3, first.evidence().getSize());
        assertEquals("notes.log", first.evidence().getPath());
        assertEquals("abc", Files.readString(folder.evidenceDir().resolve("notes.log")));
        assertFalse(Files.getPosixFilePermissions(folder.evidenceDir().resolve("notes.log"))
                .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE), "the evidence copy is writable");

        folder.investigation().getEvidence().add(first.evidence());
        Path renamedCopy = Files.writeString(temp.resolve("other-name.log"), "abc", StandardCharsets.UTF_8);
        EvidenceStore.Stored again = store.add(renamedCopy, renamedCopy.toString(), "analyst");
        assertTrue(again.alreadyPresent());
        assertEquals(first.evidence(), again.evidence());
        try (var files = Files.list(folder.evidenceDir())) {
            assertEquals(List.of("notes.log"), files.map(p -> p.getFileName().toString()).toList(), "a second copy was kept");
        }

        List<CustodyLog.Entry> log = store.custody().read();
        assertEquals(1, log.size());
        assertEquals("copy", log.get(0).action());
        assertEquals("analyst", log.get(0).by());
        assertEquals(source.toString(), log.get(0).from());
    }

    @Test
    void differentBytesWithTheSameNameGetANewName() throws Exception {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("case"));
        EvidenceStore store = new EvidenceStore(folder);
        Path a = Files.writeString(Files.createDirectories(temp.resolve("a")).resolve("System.log"), "one");
        Path b = Files.writeString(Files.createDirectories(temp.resolve("b")).resolve("System.log"), "two");
        folder.investigation().getEvidence().add(store.add(a, a.toString(), "x").evidence());
        EvidenceStore.Stored second = store.add(b, b.toString(), "x");
        assertFalse(second.alreadyPresent());
        assertEquals("System-2.log", second.evidence().getPath());
        assertEquals("one", Files.readString(folder.evidenceDir().resolve("System.log")));
    }
}

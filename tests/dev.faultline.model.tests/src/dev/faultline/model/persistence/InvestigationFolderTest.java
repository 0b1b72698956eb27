package dev.faultline.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.CausalLink;
import dev.faultline.model.Driver;
import dev.faultline.model.Evidence;
import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Host;
import dev.faultline.model.Investigation;
import dev.faultline.model.InvestigationStatus;
import dev.faultline.model.RelationKind;
import dev.faultline.model.Update;
import dev.faultline.model.sample.SampleInvestigation;

class InvestigationFolderTest {

    private static final FaultlineFactory F = FaultlineFactory.eINSTANCE;

    @TempDir
    Path temp;

    @Test
    void createMakesTheFolderLayoutAndAFreshOpenInvestigation() throws IOException {
        Path dir = temp.resolve("case-42");
        InvestigationFolder folder = InvestigationFolder.create(dir);

        assertTrue(Files.isRegularFile(dir.resolve("investigation.xmi")));
        assertTrue(Files.isDirectory(dir.resolve("evidence")));
        assertEquals(dir.resolve("evidence"), folder.evidenceDir());
        assertEquals(dir.resolve("index"), folder.indexDir());
        assertEquals(dir.resolve("diagrams"), folder.diagramsDir());
        assertEquals("case-42", folder.investigation().getTitle());
        assertEquals(InvestigationStatus.OPEN, folder.investigation().getStatus());
        assertNotNull(folder.investigation().getCreated());
    }

    @Test
    void saveReloadCompareKeepsEveryValueAndReference() throws IOException {
        Investigation original = SampleInvestigation.create();
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("sample"), EcoreUtil.copy(original));

        InvestigationFolder reopened = InvestigationFolder.open(temp.resolve("sample"));

        assertNotSame(folder.investigation(), reopened.investigation());
        assertTrue(EcoreUtil.equals(original, reopened.investigation()), "reloaded model differs from the saved one");
        Update cf291 = reopened.investigation().getUpdates().get(1);
        assertEquals(Instant.parse("2024-07-19T04:09:00Z"), cf291.getReleasedAt());
        assertEquals("csagent.sys", cf291.getConsumedBy().get(0).getFileName());
    }

    @Test
    void idsAreStableAndTheFileIsByteIdenticalAfterReopenAndSave() throws IOException {
        Investigation investigation = F.createInvestigation();
        investigation.setTitle("ids");
        Host host = F.createHost();
        host.setName("wks-01");
        investigation.getHosts().add(host);
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("ids"), investigation);
        String id = folder.idOf(host);
        byte[] first = Files.readAllBytes(folder.modelFile());

        InvestigationFolder reopened = InvestigationFolder.open(temp.resolve("ids"));
        reopened.save();

        assertEquals(id, reopened.idOf(reopened.investigation().getHosts().get(0)));
        assertArrayEquals(first, Files.readAllBytes(reopened.modelFile()));
        String xml = new String(first, StandardCharsets.UTF_8);
        assertTrue(xml.contains("xmi:id=\"" + id + "\""), xml);
        assertTrue(xml.contains("\n  <hosts "), "formatted, one element per line:\n" + xml);
    }

    @Test
    void crossReferencesAreWrittenAsIds() throws IOException {
        Investigation investigation = F.createInvestigation();
        investigation.setTitle("refs");
        Update update = F.createUpdate();
        Driver driver = F.createDriver();
        driver.setFileName("csagent.sys");
        update.getConsumedBy().add(driver);
        CausalLink link = F.createCausalLink();
        link.setCause(update);
        link.setEffect(driver);
        link.setRelation(RelationKind.LOADED_BY);
        investigation.getUpdates().add(update);
        investigation.getDrivers().add(driver);
        investigation.getCausalLinks().add(link);
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("refs"), investigation);

        String xml = Files.readString(folder.modelFile());

        assertTrue(xml.contains("consumedBy=\"" + folder.idOf(driver) + "\""), xml);
        assertTrue(xml.contains("cause=\"" + folder.idOf(update) + "\""), xml);
        CausalLink reloaded = InvestigationFolder.open(temp.resolve("refs")).investigation().getCausalLinks().get(0);
        assertEquals("csagent.sys", ((Driver) reloaded.getEffect()).getFileName());
    }

    @Test
    void createRefusesANonEmptyFolder() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(dir.resolve("notes.txt"), "x");

        InvestigationFolderException e = assertThrows(InvestigationFolderException.class, () -> InvestigationFolder.create(dir));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }

    @Test
    void openNamesWhatIsMissing() throws IOException {
        InvestigationFolderException noFolder = assertThrows(InvestigationFolderException.class,
                () -> InvestigationFolder.open(temp.resolve("nowhere")));
        assertTrue(noFolder.getMessage().contains("not a folder"), noFolder.getMessage());
        Path empty = Files.createDirectories(temp.resolve("empty"));
        InvestigationFolderException noModel = assertThrows(InvestigationFolderException.class,
                () -> InvestigationFolder.open(empty));
        assertTrue(noModel.getMessage().contains("no investigation.xmi"), noModel.getMessage());
    }

    @Test
    void openReportsFileAndLineOfBrokenXml() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(dir.resolve("investigation.xmi"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <faultline:Investigation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:faultline="urn:faultline:model:1.0" title="broken">
                  <hosts name="a">
                </faultline:Investigation>
                """);

        InvestigationFolderException e = assertThrows(InvestigationFolderException.class, () -> InvestigationFolder.open(dir));

        assertTrue(e.getMessage().startsWith(dir.resolve("investigation.xmi") + ":5:"), e.getMessage());
        assertFalse(e.getMessage().contains("SAXParseException") || e.getMessage().contains("publicId"), "the parser's wrapping: " + e.getMessage());
    }

    @Test
    void openReportsAnUnknownAttribute() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("unknown"));
        Files.writeString(dir.resolve("investigation.xmi"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <faultline:Investigation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:faultline="urn:faultline:model:1.0" title="t" colour="red"/>
                """);

        InvestigationFolderException e = assertThrows(InvestigationFolderException.class, () -> InvestigationFolder.open(dir));

        assertTrue(e.getMessage().contains(":3:") && e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void evidenceFilesMustStayInsideTheEvidenceFolder() throws IOException {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("ev"));
        Evidence inside = F.createEvidence();
        inside.setPath("windbg/dump.txt");
        Evidence outside = F.createEvidence();
        outside.setPath("../investigation.xmi");
        Evidence absolute = F.createEvidence();
        absolute.setPath("/etc/passwd");

        assertEquals(folder.evidenceDir().resolve("windbg/dump.txt"), folder.evidenceFile(inside));
        assertThrows(InvestigationFolderException.class, () -> folder.evidenceFile(outside));
        assertThrows(InvestigationFolderException.class, () -> folder.evidenceFile(absolute));
    }

    @Test
    void saveClearsTheModifiedFlag() throws IOException {
        InvestigationFolder folder = InvestigationFolder.create(temp.resolve("flag"));
        folder.resource().setTrackingModification(true);
        folder.investigation().setSummary("changed");
        assertTrue(folder.resource().isModified());

        folder.save();

        assertFalse(folder.resource().isModified());
        assertEquals("changed", InvestigationFolder.open(temp.resolve("flag")).investigation().getSummary());
    }
}

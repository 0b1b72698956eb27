package dev.faultline.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.index.EvidenceIndex;
import dev.faultline.index.IndexProgress;
import dev.faultline.index.SearchOptions;
import dev.faultline.intake.EvidenceImporter;
import dev.faultline.intake.ImportBatch;
import dev.faultline.intake.ImportMonitor;
import dev.faultline.intake.InvestigationIndex;
import dev.faultline.intake.InvestigationIntegrity;
import dev.faultline.intake.InvestigationLock;
import dev.faultline.model.Evidence;
import dev.faultline.model.Host;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;
import dev.faultline.ui.views.InvestigationExplorerView;

/**
 * The workbench open on an investigation while {@code faultline import} adds evidence from a shell
 * (the same steps, in another InvestigationFolder of the same folder, under the writer lock): with
 * unsaved edits the import is merged and the save keeps both; without, the investigation reloads.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OutsideChangesTest {

    @TempDir
    Path temp;

    private InvestigationSession session;
    private InvestigationFolder before;

    @BeforeEach
    void remember() {
        session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        before = session.folder();
    }

    @AfterEach
    void reopenWhatWasOpen() throws Exception {
        // the same loaded investigation, with what other tests imported into it and did not save
        session.showLoaded(before);
        UiWait.flush();
    }

    private Path log(String name, String host) throws Exception {
        return Files.writeString(temp.resolve(name), "2024-07-19T04:09:01Z " + host + " csagent[4]: channel file 291 loaded\n"
                + "2024-07-19T04:09:02Z " + host + " kernel: bugcheck 0x50 PAGE_FAULT_IN_NONPAGED_AREA\n");
    }

    /**
     * What 'faultline import --case DIR FILE' does, as another writer of the folder; it also adds a
     * host named after the file (as an import of an inventory would).
     */
    private static void shellImport(Path dir, Path file, String host) throws Exception {
        Files.createDirectories(dir);
        try (InvestigationLock lock = InvestigationLock.acquire(dir, "faultline import", Duration.ofSeconds(30), null)) {
            InvestigationFolder folder = Files.exists(dir.resolve(InvestigationFolder.MODEL_FILE)) ? InvestigationFolder.open(dir)
                    : InvestigationFolder.create(dir);
            ImportBatch batch = new ImportBatch(folder.investigation());
            new EvidenceImporter(folder, "shell").importAll(List.of(file), null, batch, ImportMonitor.NONE);
            batch.host(host);
            try (EvidenceIndex index = InvestigationIndex.open(folder, batch.evidence(), IndexProgress.NONE)) {
                batch.addTo(folder.investigation());
                folder.save();
            }
        }
    }

    private static List<String> evidenceNames(InvestigationFolder folder) {
        return folder.investigation().getEvidence().stream().map(Evidence::getPath).sorted().toList();
    }

    @Test
    void anImportWhileTheWorkbenchHasUnsavedEditsIsMergedAndTheSaveKeepsBoth() throws Exception {
        Path dir = temp.resolve("case");
        shellImport(dir, log("a.log", "host-a"), "host-a");
        session.open(dir);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        InvestigationExplorerView explorer = (InvestigationExplorerView) page.showView(InvestigationExplorerView.ID);
        UiWait.flush();

        // the analyst deletes host-a in the explorer (Edit > Delete) and does not save
        Host hostA = session.investigation().getHosts().stream().filter(h -> h.getName().equals("host-a")).findFirst().orElseThrow();
        page.activate(explorer);
        explorer.reveal(hostA);
        UiWait.flush();
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.delete", null);
        UiWait.flush();
        assertTrue(session.isDirty(), "the delete made the investigation dirty");
        assertFalse(session.investigation().getHosts().contains(hostA));

        // meanwhile b.log is imported from a shell
        shellImport(dir, log("b.log", "host-b"), "host-b");
        UiWait.until(() -> session.investigation().getEvidence().size() == 2, 20_000, "the workbench to notice the import and merge it");
        assertTrue(session.lastNotice().contains("merged into your unsaved investigation"), session.lastNotice());
        assertTrue(session.isDirty());
        assertEquals(List.of("host-b"), session.investigation().getHosts().stream().map(Host::getName).toList(),
                "the import's host joined, the deleted one stayed deleted");

        // Ctrl+S
        page.activate(explorer);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
        UiWait.flush();
        assertFalse(session.isDirty());
        InvestigationFolder saved = InvestigationFolder.open(dir);
        assertEquals(List.of("a.log", "b.log"), evidenceNames(saved), "the save kept the shell's evidence");
        assertEquals(List.of("host-b"), saved.investigation().getHosts().stream().map(Host::getName).toList(), "and the analyst's delete");
        assertEquals(List.of(), InvestigationIntegrity.check(saved), "evidence, custody, model and index agree");
        try (EvidenceIndex index = EvidenceIndex.open(saved.indexDir())) {
            assertEquals(2, index.search("host:host-b", SearchOptions.defaults()).totalHits());
        }
    }

    @Test
    void aSaveRightAfterAnotherWriterSavedMergesBeforeWriting() throws Exception {
        Path dir = temp.resolve("case");
        shellImport(dir, log("a.log", "host-a"), "host-a");
        session.open(dir);
        session.commandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(session.domain(), session.investigation(),
                dev.faultline.model.FaultlinePackage.Literals.INVESTIGATION__TITLE, "renamed in the workbench"));
        shellImport(dir, log("c.log", "host-c"), "host-c"); // no event is processed: the watch cannot have seen it
        session.save();
        InvestigationFolder saved = InvestigationFolder.open(dir);
        assertEquals(List.of("a.log", "c.log"), evidenceNames(saved));
        assertEquals("renamed in the workbench", saved.investigation().getTitle());
        assertTrue(session.lastNotice().startsWith("Merged "), session.lastNotice());
    }

    @Test
    void withoutUnsavedChangesTheInvestigationReloads() throws Exception {
        Path dir = temp.resolve("case");
        shellImport(dir, log("a.log", "host-a"), "host-a");
        session.open(dir);
        assertFalse(session.isDirty());
        shellImport(dir, log("d.log", "host-d"), "host-d");
        UiWait.until(() -> session.investigation().getEvidence().size() == 2, 20_000, "the workbench to reload");
        assertTrue(session.lastNotice().endsWith("reloaded."), session.lastNotice());
        assertFalse(session.isDirty());
        assertTrue(Arrays.asList("host-a", "host-d").containsAll(session.investigation().getHosts().stream().map(Host::getName).toList()));
    }
}

package dev.faultline.ui.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.faultline.model.CrashAnalysis;
import dev.faultline.ui.session.InvestigationSession;
import dev.faultline.ui.session.Sessions;
import dev.faultline.ui.testing.ScreenshotOnFailure;
import dev.faultline.ui.testing.UiWait;
import dev.faultline.ui.views.EvidenceView;

/**
 * The Import wizard on a real !analyze -v file: the format is detected and previewed, Finish imports
 * in a Job, the crash appears in the model and the Evidence view, and Edit > Undo takes it back.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ImportEvidenceWizardTest {

    @Test
    void importsAWinDbgAnalysisThroughTheWizardAndUndoRemovesIt() throws Exception {
        Path data = Path.of(System.getProperty("faultline.shared.data", "../../../shared/data"));
        assumeTrue(Files.isDirectory(data), "shared data folder absent: " + data.toAbsolutePath());
        Path analysis = data.resolve("windbg/p0_0x50_page_fault_applockerfltr.txt");
        InvestigationSession session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        int crashesBefore = session.investigation().getCrashAnalyses().size();
        org.eclipse.emf.common.command.Command lastBefore = session.commandStack().getUndoCommand();
        boolean dirtyBefore = session.isDirty();

        finishWizardOn(session, analysis, open -> {
            ImportFilesPage page = open.page();
            assertEquals(1, page.rows().size());
            assertEquals("windbg", page.rows().get(0).detected);
            assertEquals("windbg (detected)", page.table().getTable().getItem(0).getText(2));
            String preview = page.previewText().getText();
            assertTrue(preview.contains("0x50"), preview);
            assertTrue(open.wizard().canFinish());
        });
        UiWait.until(() -> session.investigation().getCrashAnalyses().size() > crashesBefore, 60_000,
                "the import job to add the crash analysis");
        UiWait.flush();
        CrashAnalysis imported = session.investigation().getCrashAnalyses().get(session.investigation().getCrashAnalyses().size() - 1);
        assertEquals("0x50", imported.getBugcheckCode());
        assertEquals("PAGE_FAULT_IN_NONPAGED_AREA", imported.getBugcheckName());
        assertEquals("Import Evidence", session.commandStack().getUndoCommand().getLabel());

        IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        EvidenceView evidence = (EvidenceView) workbenchPage.showView(EvidenceView.ID);
        UiWait.flush();
        var rows = evidence.files().getTable().getItems();
        assertTrue(java.util.Arrays.stream(rows).anyMatch(r -> r.getText(0).equals("p0_0x50_page_fault_applockerfltr.txt")
                && r.getText(1).equals("windbg") && r.getText(2).equals("1") && r.getText(3).equals("0")),
                () -> java.util.Arrays.stream(rows).map(r -> r.getText(0) + "|" + r.getText(1) + "|" + r.getText(2)).toList().toString());
        assertTrue(Files.isRegularFile(session.folder().evidenceDir().resolve("p0_0x50_page_fault_applockerfltr.txt")));

        session.commandStack().undo();
        UiWait.flush();
        assertEquals(crashesBefore, session.investigation().getCrashAnalyses().size());
        assertEquals(lastBefore, session.commandStack().getUndoCommand(), "undo did not take the import back");
        assertEquals(dirtyBefore, session.isDirty(), "undoing the import leaves the investigation as it was");
    }

    @Test
    void unknownInventoryColumnsAreMappedInTheWizard(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        InvestigationSession session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        Path csv = Files.writeString(temp.resolve("fleet-export.csv"),
                "Asset Tag,Operating System,Falcon Build\nKIOSK-0815,Windows 10 Enterprise,7.11.18110\nKIOSK-0816,Windows 10 Enterprise,7.11.18110\n");
        finishWizardOn(session, csv, open -> {
            ImportRow row = open.row();
            row.chosen = "inventory-csv"; // the user picks the format the headers did not reveal
            assertEquals(java.util.List.of("asset tag", "falcon build"), row.unknownHeaders()); // headers compare case-insensitively
            InventoryMappingPage mapping = (InventoryMappingPage) open.wizard().getPage("inventory-mapping");
            assertTrue(mapping.isNeeded());
            assertEquals(mapping, open.wizard().getNextPage(open.page()));
            open.dialog().showPage(mapping);
            UiWait.flush();
            // choose "HOST_NAME" for "Asset Tag" and "SENSOR_VERSION" for "Falcon Build" in the combos
            for (org.eclipse.swt.widgets.Combo combo : combos((org.eclipse.swt.widgets.Composite) mapping.getControl())) {
                String target = "asset tag".equals(combo.getData()) ? "HOST_NAME" : "SENSOR_VERSION";
                combo.select(java.util.List.of(combo.getItems()).indexOf(target));
                combo.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            }
            assertEquals(2, row.mapping.size());
        });
        UiWait.until(() -> session.investigation().getHosts().stream().anyMatch(h -> "KIOSK-0816".equals(h.getName())), 60_000,
                "the mapped inventory to add its hosts");
        var host = session.investigation().getHosts().stream().filter(h -> "KIOSK-0815".equals(h.getName())).findFirst().orElseThrow();
        assertEquals("Windows 10 Enterprise", host.getOsName());
        assertEquals(java.util.List.of("7.11.18110"), host.getAgentVersions());
        session.commandStack().undo();
        UiWait.flush();
    }

    @Test
    void aYearTypedInTheWizardGivesYearlessSyslogItsTimes(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        InvestigationSession session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        Path log = Files.writeString(temp.resolve("kiosk-messages"),
                "Jul 19 04:09:01 kiosk-0815 kernel: csagent loaded\nJul 19 04:09:07 kiosk-0815 kernel: bugcheck follows\n");
        finishWizardOn(session, log, open -> {
            ImportFilesPage page = open.page();
            org.eclipse.swt.widgets.Text year = texts((org.eclipse.swt.widgets.Composite) page.getControl()).stream()
                    .filter(t -> "e.g. 2024".equals(t.getMessage())).findFirst().orElseThrow();
            year.setText("20x4");
            UiWait.flush();
            assertTrue(!open.wizard().canFinish() && page.getErrorMessage().contains("year like 2024"), page.getErrorMessage());
            year.setText("2024");
            UiWait.flush();
            assertEquals(null, page.getErrorMessage());
            assertEquals(Integer.valueOf(2024), page.options().assumedYear());
        });
        UiWait.until(() -> session.investigation().getEvidence().stream().anyMatch(e -> "kiosk-messages".equals(e.getOriginalName())),
                60_000, "the import job to add the syslog");
        UiWait.flush();
        var evidence = session.investigation().getEvidence().stream().filter(e -> "kiosk-messages".equals(e.getOriginalName())).findFirst()
                .orElseThrow();
        assertEquals(Integer.valueOf(2024), evidence.getReadYear());
        try (var index = dev.faultline.index.EvidenceIndex.open(session.folder().indexDir())) {
            assertEquals(2, index.search("time:[2024-07-19T04:00Z TO 2024-07-19T05:00Z] AND kiosk-0815",
                    dev.faultline.index.SearchOptions.defaults()).totalHits(), "the records have their 2024 times in the index");
        }
        session.commandStack().undo();
        UiWait.flush();
    }

    @Test
    void aFileImportedUnderAnotherFormatIsReadAgainAndUndoRestoresItsEarlierReading(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        InvestigationSession session = Sessions.get();
        UiWait.until(session::isOpen, 30_000, "the sample investigation to open");
        Path log = Files.writeString(temp.resolve("kiosk-0816-messages"),
                "Jul 19 04:09:02 kiosk-0816 kernel: rereadprobe csagent loaded\nJul 19 04:09:09 kiosk-0816 kernel: rereadprobe bugcheck follows\n");
        int evidenceBefore = session.investigation().getEvidence().size();
        // a wrong guess first: the user reads the syslog file as plain text lines
        runWizard(session, log, "text");
        UiWait.until(() -> evidence(session, "kiosk-0816-messages") != null, 60_000, "the import job to add the file as text");
        UiWait.flush();
        var evidence = evidence(session, "kiosk-0816-messages");
        assertEquals("text", evidence.getImporter());
        assertEquals(2, hits(session, "rereadprobe AND kind:log"));
        org.eclipse.emf.common.command.Command firstImport = session.commandStack().getUndoCommand();

        // corrected: the same file again, its row showing the detected syslog format
        ImportRow row = runWizard(session, log, null);
        assertEquals("syslog", row.detected);
        UiWait.until(() -> "syslog".equals(evidence.getImporter()), 60_000, "the import job to read the file again as syslog");
        UiWait.flush();
        assertEquals(evidenceBefore + 1, session.investigation().getEvidence().size(), "read again, not imported a second time");
        assertEquals("Import Evidence", session.commandStack().getUndoCommand().getLabel());
        assertEquals(2, hits(session, "rereadprobe AND kind:syslog"), "the index holds the new reading");
        assertEquals(0, hits(session, "rereadprobe AND kind:log"), "the earlier reading's records are gone from the index");
        assertEquals(2, hits(session, "host:kiosk-0816 AND rereadprobe"));
        var custody = new dev.faultline.intake.CustodyLog(session.folder().root()).read();
        assertTrue(custody.stream().anyMatch(e -> "reread".equals(e.action()) && evidence.getSha256().equals(e.sha256())),
                custody::toString);

        // undo: the model reads the file as text again, and so does the index (a job under the writer lock)
        session.commandStack().undo();
        UiWait.flush();
        assertEquals("text", evidence.getImporter());
        assertEquals(firstImport, session.commandStack().getUndoCommand());
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(RereadIndexJob.FAMILY, null);
        assertEquals(2, hits(session, "rereadprobe AND kind:log"), "undo gave the index the earlier reading back");
        assertEquals(0, hits(session, "rereadprobe AND kind:syslog"));
        // redo reads it as syslog again
        session.commandStack().redo();
        UiWait.flush();
        assertEquals("syslog", evidence.getImporter());
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(RereadIndexJob.FAMILY, null);
        assertEquals(2, hits(session, "rereadprobe AND kind:syslog"));
        session.commandStack().undo();
        session.commandStack().undo();
        UiWait.flush();
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(RereadIndexJob.FAMILY, null);
        assertEquals(evidenceBefore, session.investigation().getEvidence().size());
    }

    /** Opens the wizard on one file, optionally with the format the user picks, and finishes it. */
    private static ImportRow runWizard(InvestigationSession session, Path file, String chosen) throws Exception {
        ImportRow[] row = new ImportRow[1];
        finishWizardOn(session, file, open -> {
            row[0] = open.row();
            if (chosen != null) {
                row[0].chosen = chosen;
            }
        });
        return row[0];
    }

    /** The Import wizard open on one file, as a test step sees it before Finish. */
    private record OpenWizard(ImportEvidenceWizard wizard, WizardDialog dialog, ImportFilesPage page) {
        ImportRow row() {
            return page.rows().get(0);
        }
    }

    private interface WizardSteps {
        void on(OpenWizard open) throws Exception;
    }

    /** Opens the Import wizard with {@code file} added, runs what the user checks and sets, presses Finish (which must accept) and closes it. */
    private static void finishWizardOn(InvestigationSession session, Path file, WizardSteps steps) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        ImportEvidenceWizard wizard = new ImportEvidenceWizard(session);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.add(file);
            steps.on(new OpenWizard(wizard, dialog, (ImportFilesPage) wizard.getPage("files")));
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
    }

    private static dev.faultline.model.Evidence evidence(InvestigationSession session, String name) {
        return session.investigation().getEvidence().stream().filter(e -> name.equals(e.getOriginalName())).findFirst().orElse(null);
    }

    private static long hits(InvestigationSession session, String query) throws Exception {
        try (var index = dev.faultline.index.EvidenceIndex.open(session.folder().indexDir())) {
            return index.search(query, dev.faultline.index.SearchOptions.defaults()).totalHits();
        }
    }

    private static java.util.List<org.eclipse.swt.widgets.Text> texts(org.eclipse.swt.widgets.Composite parent) {
        java.util.List<org.eclipse.swt.widgets.Text> found = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Text text) {
                found.add(text);
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                found.addAll(texts(composite));
            }
        }
        return found;
    }

    private static java.util.List<org.eclipse.swt.widgets.Combo> combos(org.eclipse.swt.widgets.Composite parent) {
        java.util.List<org.eclipse.swt.widgets.Combo> found = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Combo combo) {
                found.add(combo);
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                found.addAll(combos(composite));
            }
        }
        return found;
    }
}

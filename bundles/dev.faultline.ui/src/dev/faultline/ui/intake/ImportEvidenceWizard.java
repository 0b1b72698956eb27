package dev.faultline.ui.intake;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import dev.faultline.core.formats.ParseOptions;
import dev.faultline.intake.FileReport;
import dev.faultline.intake.ImportBatch;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Investigation;
import dev.faultline.ui.session.InvestigationSession;

/**
 * File > Import Evidence: choose files, folders and zip archives, check the detected formats and a
 * preview, then import in a background Job. The new objects are added to the investigation as one
 * undoable command; a summary names every rejected record (file, line or offset, reason). A file
 * already in the investigation whose row shows another format than it was read with (or with another
 * zone or year) is read again: its earlier reading is replaced, in the model and the index.
 */
public class ImportEvidenceWizard extends Wizard {

    private final InvestigationSession session;
    private final ImportFilesPage page = new ImportFilesPage();
    private final InventoryMappingPage mapping = new InventoryMappingPage(page.rows());

    public ImportEvidenceWizard(InvestigationSession session) {
        this.session = session;
        setWindowTitle("Import Evidence");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
        addPage(mapping);
    }

    @Override
    public org.eclipse.jface.wizard.IWizardPage getNextPage(org.eclipse.jface.wizard.IWizardPage current) {
        return current == page && mapping.isNeeded() ? mapping : null;
    }

    @Override
    public boolean canFinish() {
        return page.isPageComplete();
    }

    /** Adds files before the wizard opens (e.g. from a test or a drop). */
    public void add(java.nio.file.Path path) {
        page.add(path);
    }

    @Override
    public boolean performFinish() {
        Shell shell = getShell().getParent() instanceof Shell parent ? parent : getShell();
        Display display = getShell().getDisplay();
        ParseOptions options = page.options();
        if (options == null) {
            return false;
        }
        new ImportJob(session.folder(), page.rows(), options, (batch, reports) -> display.asyncExec(() -> apply(shell, batch, reports))).schedule();
        return true;
    }

    private void apply(Shell shell, ImportBatch batch, List<FileReport> reports) {
        if (batch.size() > 0 && session.isOpen() && session.investigation() == batch.investigation()) {
            session.domain().getCommandStack().execute(batch.rereads().isEmpty() ? command(session.domain(), batch)
                    : new RereadCommand(session.folder(), batch));
        }
        long rejected = reports.stream().mapToLong(FileReport::rejected).sum();
        long failed = reports.stream().filter(r -> r.error() != null).count();
        if (rejected > 0 || failed > 0) {
            String summary = reports.stream().filter(r -> !r.ok()).map(ImportEvidenceWizard::line).collect(Collectors.joining("\n"));
            MessageDialog.openWarning(shell, "Import Evidence",
                    "Imported " + reports.size() + " files; " + rejected + " records and " + failed
                            + " files were rejected (the good records were imported):\n\n" + summary);
        }
    }

    private static String line(FileReport r) {
        if (r.error() != null) {
            return r.file() + ": not imported: " + r.error();
        }
        StringBuilder text = new StringBuilder(r.file() + ": " + r.records() + " records, " + r.rejected() + " rejected");
        r.rejections().stream().limit(5).forEach(j -> text.append("\n    ").append(j));
        return text.toString();
    }

    /** One command adding everything the import made; undo removes it again. */
    static CompoundCommand command(EditingDomain domain, ImportBatch batch) {
        Investigation investigation = batch.investigation();
        CompoundCommand command = new CompoundCommand("Import Evidence");
        add(command, domain, investigation, FaultlinePackage.Literals.INVESTIGATION__EVIDENCE, batch.evidence());
        add(command, domain, investigation, FaultlinePackage.Literals.INVESTIGATION__HOSTS, batch.hosts());
        add(command, domain, investigation, FaultlinePackage.Literals.INVESTIGATION__DRIVERS, batch.drivers());
        add(command, domain, investigation, FaultlinePackage.Literals.INVESTIGATION__UPDATES, batch.updates());
        add(command, domain, investigation, FaultlinePackage.Literals.INVESTIGATION__CRASH_ANALYSES, batch.crashes());
        add(command, domain, investigation, FaultlinePackage.Literals.INVESTIGATION__TIMELINE_EVENTS, batch.events());
        return command;
    }

    private static void add(CompoundCommand command, EditingDomain domain, Investigation owner, EReference feature, List<?> values) {
        if (!values.isEmpty()) {
            command.append(AddCommand.create(domain, owner, feature, values));
        }
    }
}

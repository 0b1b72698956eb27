package dev.faultline.ui.intake;

import java.util.List;

import org.eclipse.emf.edit.command.ChangeCommand;

import dev.faultline.intake.ImportBatch;
import dev.faultline.intake.ReadOptions;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * The Import wizard's command for a batch that read files already in the investigation again
 * (another format, zone or year): removes what their earlier reading made and adds the new reading
 * ({@link ImportBatch#addTo}), recorded so that undo restores the model exactly. The search index
 * already holds the new reading (the import job replaced the files' records); undo and redo read the
 * files again into the index as the model then says (format, zone, year), in a job under the
 * investigation's writer lock.
 */
final class RereadCommand extends ChangeCommand {

    private final ImportBatch batch;
    private final InvestigationFolder folder;

    RereadCommand(InvestigationFolder folder, ImportBatch batch) {
        super(batch.investigation());
        this.folder = folder;
        this.batch = batch;
        setLabel("Import Evidence");
        setDescription("Reads " + batch.rereads().size() + " evidence files again and imports " + batch.evidence().size() + " new ones");
    }

    @Override
    protected void doExecute() {
        batch.addTo(batch.investigation());
    }

    @Override
    public void undo() {
        super.undo();
        reindex();
    }

    @Override
    public void redo() {
        super.redo();
        reindex();
    }

    /** The re-read files into the index as the model now reads them. */
    private void reindex() {
        List<ImportBatch.Reread> now = batch.rereads().stream()
                .map(r -> new ImportBatch.Reread(r.evidence(), r.evidence().getImporter(), ReadOptions.of(r.evidence()))).toList();
        new RereadIndexJob(folder, now).schedule();
    }
}

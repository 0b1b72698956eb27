package dev.faultline.ui.session;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import dev.faultline.intake.CustodyLog;
import dev.faultline.intake.EvidenceFiles;
import dev.faultline.intake.ModelMerge;
import dev.faultline.model.Evidence;
import dev.faultline.model.persistence.InvestigationFolder;

/**
 * Keeps the investigation open in the workbench in step with its folder, where other writers (a
 * {@code faultline import} from a shell) change it: what the model looked like when it was loaded
 * or last saved (its baseline: file state and object ids), merging what others added into the open
 * model, and logging evidence the analyst removed.
 */
final class OutsideChanges {

    private final InvestigationFolder folder;
    private DiskState disk;
    private Set<String> baseline;
    /** Evidence the open model has had (SHA-256 to path), to log the analyst's removals when saving. */
    private final Map<String, Evidence> seen = new HashMap<>();

    OutsideChanges(InvestigationFolder folder) {
        this.folder = folder;
        rememberSaved();
        noteEvidence();
    }

    /** After a load or save: what is on disk is what is open. */
    void rememberSaved() {
        disk = DiskState.of(folder.modelFile());
        baseline = ModelMerge.ids(folder);
    }

    /** Takes the file state on disk as seen (after telling the user it cannot be read). */
    void rememberDiskState() {
        disk = DiskState.of(folder.modelFile());
    }

    /** Whether another writer saved the investigation since it was loaded or last saved here. */
    boolean changedOnDisk() {
        return !DiskState.of(folder.modelFile()).sameAs(disk);
    }

    /** Remembers the evidence the open model has now (call on every change). */
    void noteEvidence() {
        for (Evidence evidence : folder.investigation().getEvidence()) {
            if (evidence.getSha256() != null) {
                seen.putIfAbsent(evidence.getSha256().toLowerCase(), evidence);
            }
        }
    }

    /**
     * Adds what another writer added on disk to the open model, through the command stack (one
     * command, "Merge Changes From Disk"); the disk state becomes the new baseline's file state, so
     * a save afterwards writes both.
     *
     * @return the merge (empty when there was nothing to add)
     */
    ModelMerge mergeFromDisk(AdapterFactoryEditingDomain domain) throws IOException {
        DiskState now = DiskState.of(folder.modelFile());
        InvestigationFolder onDisk = InvestigationFolder.open(folder.root());
        ModelMerge merge = ModelMerge.of(folder, onDisk, baseline);
        if (!merge.isEmpty()) {
            CompoundCommand add = new CompoundCommand("Merge Changes From Disk");
            for (ModelMerge.Addition addition : merge.additions()) {
                add.append(AddCommand.create(domain, addition.owner(), addition.feature(), List.of(addition.copy())));
            }
            domain.getCommandStack().execute(add);
            merge.keepIds(folder);
            noteEvidence();
        }
        Set<String> merged = new HashSet<>(baseline);
        merged.addAll(ModelMerge.ids(onDisk));
        baseline = merged; // what is on disk now has been seen: deleting it here is the analyst's decision
        disk = now;
        return merge;
    }

    /** Logs (custody action "remove") evidence the open model had and no longer has; its read-only copy stays. */
    void logRemovedEvidence(String user) throws IOException {
        Set<String> now = new HashSet<>();
        for (Evidence evidence : folder.investigation().getEvidence()) {
            if (evidence.getSha256() != null) {
                now.add(evidence.getSha256().toLowerCase());
            }
        }
        CustodyLog custody = new CustodyLog(folder.root());
        for (var it = seen.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Evidence> entry = it.next();
            if (!now.contains(entry.getKey())) {
                Evidence removed = entry.getValue();
                custody.append(new CustodyLog.Entry(Instant.now(), user, EvidenceFiles.REMOVE, removed.getPath(), removed.getSha256(),
                        removed.getSize(), "Faultline workbench", null, 0, 0));
                it.remove();
            }
        }
    }
}

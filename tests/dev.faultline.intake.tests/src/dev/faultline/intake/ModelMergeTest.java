package dev.faultline.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.FaultlineFactory;
import dev.faultline.model.Host;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.persistence.InvestigationFolder;

/** What another writer added on disk joins the open model; what the open model's user deleted stays deleted. */
class ModelMergeTest {

    @TempDir
    Path temp;

    @Test
    void additionsOnDiskAreCopiedWithTheirIdsAndReferencesToSharedObjects() throws Exception {
        Path dir = temp.resolve("case");
        InvestigationFolder created = InvestigationFolder.create(dir);
        Host shared = FaultlineFactory.eINSTANCE.createHost();
        shared.setName("ws-1");
        Host doomed = FaultlineFactory.eINSTANCE.createHost();
        doomed.setName("ws-2");
        created.investigation().getHosts().addAll(List.of(shared, doomed));
        created.save();

        InvestigationFolder open = InvestigationFolder.open(dir);
        Set<String> baseline = ModelMerge.ids(open);
        open.investigation().getHosts().removeIf(h -> h.getName().equals("ws-2")); // the user's unsaved delete

        InvestigationFolder other = InvestigationFolder.open(dir);
        Host added = FaultlineFactory.eINSTANCE.createHost();
        added.setName("ws-3");
        other.investigation().getHosts().add(added);
        TimelineEvent event = FaultlineFactory.eINSTANCE.createTimelineEvent();
        event.setMessage("ws-1 crashed");
        other.investigation().getTimelineEvents().add(event);
        event.setHost(other.investigation().getHosts().get(0));
        other.save();
        String addedId = other.idOf(added);

        ModelMerge merge = ModelMerge.of(open, InvestigationFolder.open(dir), baseline);
        assertEquals(2, merge.additions().size(), merge.additions().toString());
        merge.applyTo(open);
        List<String> hosts = open.investigation().getHosts().stream().map(Host::getName).toList();
        assertEquals(List.of("ws-1", "ws-3"), hosts, "ws-3 merged, the deleted ws-2 not brought back");
        TimelineEvent merged = open.investigation().getTimelineEvents().get(0);
        assertSame(open.investigation().getHosts().get(0), merged.getHost(), "the reference points at the open model's ws-1");
        assertEquals(addedId, open.idOf(open.investigation().getHosts().get(1)), "the merged object keeps its id");
        assertTrue(ModelMerge.of(open, InvestigationFolder.open(dir), baseline).isEmpty(), "nothing left to merge");
    }
}

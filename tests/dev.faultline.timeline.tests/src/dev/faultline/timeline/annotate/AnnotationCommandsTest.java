package dev.faultline.timeline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.index.IndexProgress;
import dev.faultline.index.SearchOptions;
import dev.faultline.model.TimelineEvent;
import dev.faultline.model.persistence.InvestigationFolder;
import dev.faultline.timeline.TimelineFixtureAccess;
import dev.faultline.timeline.TimelineQuery;
import dev.faultline.timeline.TimelineRow;

class AnnotationCommandsTest {

    @TempDir
    Path dir;

    @Test
    void aTagOnAnEvidenceRecordIsStoredInTheInvestigationIndexedAndUndoable() throws Exception {
        try (TimelineFixtureAccess f = TimelineFixtureAccess.create(dir)) {
            f.timeline().sync();
            CommandStack stack = f.domain().getCommandStack();
            TimelineRow row = f.row("line 3");
            Command tag = AnnotationCommands.tag(f.domain(), f.timeline().model(), row, "suspicious");
            assertEquals("Tag 'suspicious'", tag.getLabel());
            stack.execute(tag);
            assertEquals(1, f.investigation().getAnnotations().size());
            assertEquals(row.id(), f.investigation().getAnnotations().get(0).getRecordId());
            assertEquals(3L, f.investigation().getAnnotations().get(0).getRecord().getLine());
            assertTrue(f.timeline().sync());
            assertEquals(1, hits(f, "tag:suspicious"));
            assertEquals(java.util.List.of("suspicious"), f.row("line 3").tags());

            stack.undo();
            assertTrue(f.timeline().sync());
            assertEquals(0, hits(f, "tag:suspicious"));
            assertEquals(TimelineFixtureAccess.RECORDS + 1, hits(f, "*:*"), "the records (each once) and the hand-added event");
            stack.redo();
            f.timeline().sync();
            assertEquals(1, hits(f, "tag:suspicious"));

            // re-importing the file replaces its records: the next sync puts the tag back
            f.index().add(TimelineFixtureAccess.records(), IndexProgress.NONE);
            assertEquals(0, hits(f, "tag:suspicious"));
            assertTrue(f.timeline().sync());
            assertEquals(1, hits(f, "tag:suspicious"));
        }
    }

    @Test
    void starAndCommentOnModelEventsAndOnTheRecordAnImportMapped() throws Exception {
        try (TimelineFixtureAccess f = TimelineFixtureAccess.create(dir)) {
            f.timeline().sync();
            CommandStack stack = f.domain().getCommandStack();
            TimelineRow hand = f.row("analyst saw");
            stack.execute(AnnotationCommands.star(f.domain(), f.timeline().model(), hand, true));
            stack.execute(AnnotationCommands.comment(f.domain(), f.timeline().model(), f.row("analyst saw"), "first one we saw"));
            TimelineRow mapped = f.row("csagent.sys crashed");
            stack.execute(AnnotationCommands.tag(f.domain(), f.timeline().model(), mapped, "root-cause"));
            assertTrue(f.handAdded().isStarred());
            assertEquals(java.util.List.of("root-cause"), f.cited().getTags(), "the mapped record's tag goes on its model event");
            assertTrue(f.investigation().getAnnotations().isEmpty());
            f.timeline().sync();
            assertEquals(1, hits(f, "starred:true"));
            assertEquals(1, hits(f, "tag:root-cause"), "one record, not the event and the record");
            assertEquals(java.util.List.of("first one we saw"), f.row("analyst saw").comments());
            stack.execute(AnnotationCommands.untag(f.domain(), f.timeline().model(), f.row("csagent.sys crashed"), "root-cause"));
            f.timeline().sync();
            assertEquals(0, hits(f, "tag:root-cause"));
        }
    }

    @Test
    void handAddedEventsAreAddedEditedDeletedOthersAreNot() throws Exception {
        try (TimelineFixtureAccess f = TimelineFixtureAccess.create(dir)) {
            CommandStack stack = f.domain().getCommandStack();
            int before = f.investigation().getTimelineEvents().size();
            stack.execute(CuratedEvents.add(f.domain(), f.investigation(), Instant.parse("2024-07-19T05:00:00Z"), "HOST-A", "rebooted into safe mode"));
            TimelineEvent added = f.investigation().getTimelineEvents().get(before);
            assertEquals("analyst", added.getSource());
            assertEquals("host-a", added.getHost().getName());
            Command edit = CuratedEvents.edit(f.domain(), f.investigation(), added, Instant.parse("2024-07-19T05:01:00Z"), "", "safe mode");
            assertTrue(edit.canExecute());
            stack.execute(edit);
            assertEquals("safe mode", added.getMessage());
            assertEquals(null, added.getHost());
            assertFalse(CuratedEvents.edit(f.domain(), f.investigation(), f.cited(), Instant.now(), "", "x").canExecute(),
                    "an imported event is not edited by hand");
            assertFalse(CuratedEvents.delete(f.domain(), f.cited()).canExecute());
            stack.execute(CuratedEvents.delete(f.domain(), added));
            assertEquals(before, f.investigation().getTimelineEvents().size());
            stack.undo();
            assertEquals(before + 1, f.investigation().getTimelineEvents().size());
            assertThrows(IllegalArgumentException.class,
                    () -> CuratedEvents.add(f.domain(), f.investigation(), Instant.now(), "no-such-host", "x"));
            assertThrows(IllegalArgumentException.class, () -> CuratedEvents.add(f.domain(), f.investigation(), null, "", "x"));
        }
    }

    @Test
    void aRecordIsPromotedToACuratedEventCitingItAndShownOnce() throws Exception {
        try (TimelineFixtureAccess f = TimelineFixtureAccess.create(dir)) {
            f.timeline().sync();
            TimelineRow row = f.row("line 21");
            f.domain().getCommandStack().execute(CuratedEvents.promote(f.domain(), f.investigation(), row.record()));
            TimelineEvent promoted = f.investigation().getTimelineEvents().get(f.investigation().getTimelineEvents().size() - 1);
            assertEquals(21L, promoted.getCitations().get(0).getLine());
            f.timeline().sync();
            assertEquals(TimelineFixtureAccess.TIMED_ROWS, f.all(TimelineQuery.all()).size(), "promoted, not doubled");
            assertEquals(promoted, f.row("line 21").event());
            InvestigationFolder.open(dir).investigation(); // the folder still opens
        }
    }

    private static long hits(TimelineFixtureAccess f, String query) throws Exception {
        return f.index().search(query, SearchOptions.defaults().withLimit(1)).totalHits();
    }
}

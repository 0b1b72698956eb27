package dev.faultline.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.EvidenceIndex;
import dev.faultline.model.Investigation;
import dev.faultline.model.TimelineEvent;

/** {@link TimelineFixture} for the tests of the other packages. */
public final class TimelineFixtureAccess implements AutoCloseable {

    public static final int RECORDS = TimelineFixture.TIMED + TimelineFixture.UNTIMED;
    /** Timed rows: the records with a time and the hand-added event. */
    public static final int TIMED_ROWS = TimelineFixture.TIMED + 1;

    private final TimelineFixture fixture;

    private TimelineFixtureAccess(TimelineFixture fixture) {
        this.fixture = fixture;
    }

    public static TimelineFixtureAccess create(Path dir) throws IOException {
        return new TimelineFixtureAccess(new TimelineFixture(dir));
    }

    public static List<EvidenceRecord> records() {
        return TimelineFixture.records();
    }

    public Timeline timeline() {
        return fixture.timeline;
    }

    public EvidenceIndex index() {
        return fixture.index;
    }

    public EditingDomain domain() {
        return fixture.domain;
    }

    public Investigation investigation() {
        return fixture.folder.investigation();
    }

    public TimelineEvent handAdded() {
        return fixture.handAdded;
    }

    public TimelineEvent cited() {
        return fixture.cited;
    }

    /** The row whose message starts with {@code message} (read fresh from the index and the model). */
    public TimelineRow row(String message) throws Exception {
        fixture.timeline.reloadModel();
        return all(TimelineQuery.all()).stream().filter(r -> r.message().startsWith(message)
                || (r.message().contains(message) && message.contains("csagent"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + message + "'"));
    }

    public List<TimelineRow> all(TimelineQuery query) throws Exception {
        fixture.timeline.reloadModel();
        return TimelineMergeTest.all(fixture.timeline, query);
    }

    @Override
    public void close() throws IOException {
        fixture.close();
    }
}

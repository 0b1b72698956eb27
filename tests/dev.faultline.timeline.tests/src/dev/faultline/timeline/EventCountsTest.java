package dev.faultline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class EventCountsTest {

    @Test
    void oneEventIsSingularAndThousandsAreSeparated() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try {
            assertEquals("0 events", EventCounts.of(0));
            assertEquals("1 event", EventCounts.of(1));
            assertEquals("12,345 events", EventCounts.of(12_345));
            assertEquals("1 event matches", EventCounts.matching(1));
            assertEquals("2 events match", EventCounts.matching(2));
        } finally {
            Locale.setDefault(before);
        }
    }
}

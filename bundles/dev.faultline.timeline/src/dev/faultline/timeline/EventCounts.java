package dev.faultline.timeline;

/** "1 event", "12,345 events": counts of events as the views, pictures and the CLI say them. */
public final class EventCounts {

    private EventCounts() {
    }

    /** The count with thousands separators and the noun in the right number. */
    public static String of(long count) {
        return String.format("%,d %s", count, count == 1 ? "event" : "events");
    }

    /** "1 event matches", "3 events match". */
    public static String matching(long count) {
        return of(count) + (count == 1 ? " matches" : " match");
    }
}

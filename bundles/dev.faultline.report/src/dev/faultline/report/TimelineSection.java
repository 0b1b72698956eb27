package dev.faultline.report;

import java.util.List;

/**
 * The curated timeline: the investigation's timeline events oldest first, and the time axis as a
 * picture ({@code null} with a note in {@code notes} when it cannot be drawn).
 */
public record TimelineSection(List<Event> events, Picture axis, List<String> notes) {

    /** One curated event. */
    public record Event(String time, String original, String host, String source, String kind, String message,
            List<String> tags, boolean starred, List<String> comments, String description, boolean reconstructed,
            List<Citation> citations) {
    }
}

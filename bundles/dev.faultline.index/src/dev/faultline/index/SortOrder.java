package dev.faultline.index;

/** Order of search hits. Every order is total (ties broken by insertion), so paging never repeats or skips a hit. */
public enum SortOrder {
    /** Oldest first; records without a time last. */
    TIME,
    /** Newest first; records without a time last. */
    TIME_DESC,
    /** Best match first. */
    RELEVANCE
}

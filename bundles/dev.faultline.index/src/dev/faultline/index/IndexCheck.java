package dev.faultline.index;

/**
 * The result of Lucene's CheckIndex on the evidence index.
 *
 * @param clean whether no problem was found
 * @param documents live documents, or -1 when the index is not clean
 * @param report CheckIndex's own report (segments, checks run, problems)
 */
public record IndexCheck(boolean clean, long documents, String report) {
}

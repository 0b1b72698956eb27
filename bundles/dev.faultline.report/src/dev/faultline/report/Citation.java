package dev.faultline.report;

/**
 * A place in an evidence file that a statement of the report rests on.
 *
 * @param file the evidence file's path inside the investigation's evidence folder
 * @param position {@code 12} (line), {@code @4096} (byte offset), {@code #77} (record id) or empty
 * @param sha256 the file's SHA-256, lower-case hex (empty when the model has none)
 */
public record Citation(String file, String position, String sha256) {

    /** Characters of the SHA-256 shown in the text (the appendix shows all of it). */
    public static final int SHORT_SHA = 12;

    /** {@code file:line} (or just the file when no position is known). */
    public String place() {
        return position.isEmpty() ? file : file + ":" + position;
    }

    /** The first {@value #SHORT_SHA} hex digits of the SHA-256. */
    public String shortSha() {
        return sha256.length() <= SHORT_SHA ? sha256 : sha256.substring(0, SHORT_SHA);
    }

    /** {@code sample-sources.md:5 (sha256 3f2a…)} as one line of text. */
    public String text() {
        return place() + (sha256.isEmpty() ? "" : " (sha256 " + shortSha() + "\u2026)");
    }
}

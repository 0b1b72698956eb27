package dev.faultline.core.formats;

import dev.faultline.core.evidence.EvidenceRecord;

/** One readable line per record, for {@code faultline parse} without {@code --json}. */
public final class RecordText {

    private RecordText() {
    }

    /** {@code FILE:LINE  TIME  KIND  [HOST]  MESSAGE}, with {@code -} for a missing time. */
    public static String toLine(ParsedRecord record) {
        EvidenceRecord evidence = record.evidence();
        StringBuilder line = new StringBuilder();
        line.append(Positions.describe(evidence.source())).append("  ");
        if (evidence.timestamp() != null) {
            line.append(evidence.timestamp());
        } else if (evidence.timestampText() != null) {
            line.append(oneLine(evidence.timestampText()));
        } else {
            line.append('-');
        }
        line.append("  ").append(evidence.kind());
        if (evidence.host() != null) {
            line.append("  [").append(oneLine(evidence.host())).append(']');
        }
        line.append("  ").append(oneLine(evidence.message()));
        return line.toString();
    }

    private static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}

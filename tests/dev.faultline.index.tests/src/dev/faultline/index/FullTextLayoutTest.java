package dev.faultline.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;

/**
 * The full text of index format 4: a message that is a part of its raw line is indexed and stored
 * once (inside the raw line), parser notes are stored but not searched, and every reader (hits,
 * stored scans, highlights) still gives the record and the highlights of before.
 */
class FullTextLayoutTest {

    private static final String SHA = "ab".repeat(32);
    private static final String NOTE = "no year in the timestamp; pass a year to place it";

    @TempDir
    Path tmp;

    private static EvidenceRecord logLine(long line, String message, String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("timestampIncomplete", NOTE);
        return new EvidenceRecord(Instant.parse("2024-07-19T04:09:00Z").plusSeconds(line), "Jul 19 04:09:0" + line, "host-1", "log",
                message, fields, raw, new SourceRef("syslog.log", SHA, line, -1, null));
    }

    private static List<EvidenceRecord> records() {
        return List.of(
                logLine(1, "sshd[19939]: authentication failure; rhost=218.188.2.4",
                        "Jul 19 04:09:01 host-1 sshd[19939]: authentication failure; rhost=218.188.2.4"),
                // the message is inside the raw line, but not as whole tokens: stored and indexed as before
                logLine(2, "thentication failure", "Jul 19 04:09:02 host-1 authentication failure"),
                // a message that is not in the raw line at all
                logLine(3, "csagent.sys faulted", "<Event><Data>csagent.sys</Data></Event>"));
    }

    @Test
    void aMessageInsideItsRawLineIsIndexedOnceAndReadBackWhole() throws Exception {
        EvidenceRecord first = records().get(0);
        String tokens = IndexedDocument.of(first, "a#L1", 0).tokens();
        assertEquals(1, occurrences(tokens, "authentication"), tokens);
        assertFalse(tokens.contains("year"), "the parser's note is not searched: " + tokens);
        assertEquals(2, occurrences(IndexedDocument.of(records().get(1), "a#L2", 1).tokens(), "failure"),
                "a message that does not start at a token keeps its own line");

        try (EvidenceIndex index = EvidenceIndex.open(tmp.resolve("index"))) {
            index.add(records().stream(), IndexProgress.NONE);
            SearchResult hits = index.search("authentication", SearchOptions.defaults().withSort(SortOrder.TIME));
            assertEquals(2, hits.totalHits());
            assertEquals(records().get(0), hits.hits().get(0).record(), "message, raw line and fields read back as given");
            assertEquals(records().get(1), hits.hits().get(1).record());
            assertEquals(List.of("sshd[19939]: <em>authentication</em> failure; rhost=218.188.2.4…Jul 19 04:09:01 host-1 sshd[19939]: "
                    + "<em>authentication</em> failure; rhost=218.188.2.4"), hits.hits().get(0).highlights(),
                    "the highlights show the message's line and the raw line, as before the layout changed");
            assertEquals(records().get(2), index.search("csagent", SearchOptions.defaults()).hits().get(0).record());
            assertEquals(0, index.search("\"pass a year\"", SearchOptions.defaults()).totalHits());
            assertEquals(1, index.search("\"authentication failure; rhost\"", SearchOptions.defaults()).totalHits());

            List<String> stored = new ArrayList<>();
            TimeOrderedScan.scanStored(index, "", null, null, false, r -> {
                stored.add(r.text().substring(r.messageStart(), r.messageEnd()));
                assertEquals(records().get(stored.size() - 1), r.toRecord());
                return true;
            });
            assertEquals(records().stream().map(EvidenceRecord::message).toList(), stored, "a stored scan finds each message in the text");

            IndexUpdate again = index.add(records().subList(0, 1).stream(), IndexProgress.NONE);
            assertEquals(1, again.documents(), "the same evidence file (by SHA-256) added again replaces all its records");
        }
    }

    private static int occurrences(String tokens, String token) {
        return (int) Arrays.stream(tokens.split("[ |]")).filter(token::equals).count();
    }
}

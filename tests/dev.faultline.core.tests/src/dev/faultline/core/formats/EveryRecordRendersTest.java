package dev.faultline.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.faultline.core.evidence.EvidenceRecord;

/** Every record read from every real file yields its evidence record, its JSON line and its text line. */
class EveryRecordRendersTest {

    @Test
    void everyRealFile() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedData.dir())) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".evtx")).sorted().toList();
        }
        int records = 0;
        for (Path file : files) {
            FormatParser format = Formats.detect(file).format();
            for (ParsedRecord record : SharedData.parse(format, file).records()) {
                EvidenceRecord evidence = record.evidence();
                assertEquals(record.source(), evidence.source(), file.toString());
                assertFalse(evidence.message().isEmpty(), file + " " + evidence.source());
                String json = RecordJson.toLine(record);
                assertTrue(json.contains("\"source\":{\"file\":\"" + file.getFileName() + "\",\"line\":" + record.source().line() + "}"), json);
                assertFalse(json.contains("\n"), json);
                assertTrue(RecordText.toLine(record).startsWith(file.getFileName() + ":" + record.source().line() + "  "));
                records++;
            }
        }
        assertTrue(records > 8000, "records from shared/data: " + records);
    }
}

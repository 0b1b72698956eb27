package dev.faultline.core.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The per-row splitter gives exactly what Commons CSV gives for well-formed rows, and declines the rest. */
class CsvFieldsTest {

    private static List<String> viaReader(String text) throws Exception {
        RecordSink sink = new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
            }

            @Override
            public void reject(Rejection rejection) {
                throw new AssertionError("rejected: " + rejection);
            }
        };
        LineReader lines = TextInput.lines(new ByteArrayInputStream((text + "\n").getBytes(StandardCharsets.UTF_8)), "t.csv",
                ParseOptions.defaults(), sink);
        return new CsvReader(lines, "t.csv", ',', sink).next().values();
    }

    @Test
    void wellFormedRowsSplitLikeRfc4180() {
        assertEquals(List.of("a", "b", "c"), CsvFields.split("a,b,c", ','));
        assertEquals(List.of("", "", ""), CsvFields.split(",,", ','));
        assertEquals(List.of("x,y", "say \"hi\"", ""), CsvFields.split("\"x,y\",\"say \"\"hi\"\"\",", ','));
        assertEquals(List.of("<Event>\n  <Data/>\n</Event>", "2"), CsvFields.split("\"<Event>\n  <Data/>\n</Event>\",2", ','));
        assertEquals(List.of(" spaced ", "t"), CsvFields.split(" spaced ;t", ';'));
        assertEquals(List.of(""), CsvFields.split("", ','));
    }

    @Test
    void anythingUnusualIsLeftToCommonsCsv() {
        assertNull(CsvFields.split("a\"b,c", ','), "quote inside an unquoted field");
        assertNull(CsvFields.split("\"a\"b,c", ','), "text after a closing quote");
        assertNull(CsvFields.split("\"open,c", ','), "unclosed quote");
        assertNull(CsvFields.split("a\nb,c", ','), "line break outside quotes");
    }

    @Test
    void theReaderGivesTheSameFieldsEitherWay() throws Exception {
        assertEquals(List.of("x,y", "say \"hi\"", ""), viaReader("\"x,y\",\"say \"\"hi\"\"\","));
        assertEquals(List.of("a\"b\"c", "d"), viaReader("a\"b\"c,d"), "Commons CSV keeps quotes inside an unquoted field");
    }
}

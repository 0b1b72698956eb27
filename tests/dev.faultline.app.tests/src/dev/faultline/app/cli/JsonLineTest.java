package dev.faultline.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonLineTest {

    @Test
    void keysStayInTheOrderTheyWerePut() {
        assertEquals("{\"b\":1,\"a\":2,\"c\":3}", JsonLine.object().put("b", 1).put("a", 2).put("c", 3).toString());
    }

    @Test
    void puttingAKeyAgainReplacesItsValueInPlace() {
        assertEquals("{\"a\":3,\"b\":2}", JsonLine.object().put("a", 1).put("b", 2).put("a", 3).toString());
    }

    @Test
    void stringsAreEscapedAndNullStaysNull() {
        assertEquals("{\"s\":\"quote \\\" backslash \\\\ line\\nnext\\ttab \\u0001 ü\",\"n\":null}",
                JsonLine.object().put("s", "quote \" backslash \\ line\nnext\ttab \u0001 ü").put("n", null).toString());
    }

    @Test
    void numbersBooleansEnumsTimesListsMapsAndNestedObjects() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", 1);
        map.put("y", List.of());
        String line = JsonLine.object().put("long", 12345678901L).put("double", 0.5).put("bool", true)
                .put("enum", Thread.State.NEW).put("time", Instant.parse("2024-07-19T04:09:00Z"))
                .put("list", List.of("a", 2)).put("array", new int[] {1, 2}).put("map", map)
                .put("object", JsonLine.object().put("k", "v")).toString();
        assertEquals("{\"long\":12345678901,\"double\":0.5,\"bool\":true,\"enum\":\"NEW\",\"time\":\"2024-07-19T04:09:00Z\","
                + "\"list\":[\"a\",2],\"array\":[1,2],\"map\":{\"z\":1,\"y\":[]},\"object\":{\"k\":\"v\"}}", line);
    }

    @Test
    void printlnWritesOneLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonLine.object().put("a", "b").println(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals("{\"a\":\"b\"}" + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }
}

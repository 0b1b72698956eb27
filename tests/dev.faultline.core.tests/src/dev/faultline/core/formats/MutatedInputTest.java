package dev.faultline.core.formats;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Real files with random damage (bytes changed, cut, markup inserted), fed to every format:
 * parsers reject what they cannot use and never throw. Fixed seed, so a failure reproduces.
 */
class MutatedInputTest {

    private static final String MARKUP = "\"<>:[]\n\r,;= \t0x";
    private static final String FRAGMENTS = "Arg1:STACK_TEXT: <Event>\"\",";

    @Test
    void damagedRealFilesNeverMakeAParserThrow() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedData.dir())) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".evtx")).sorted().toList();
        }
        Random random = new Random(20240719L);
        int outcomes = 0;
        for (int round = 0; round < 300; round++) {
            byte[] bytes = damage(Files.readAllBytes(files.get(random.nextInt(files.size()))), random);
            for (FormatParser format : Formats.all()) {
                int[] seen = {0};
                assertDoesNotThrow(() -> format.parse(new ByteArrayInputStream(bytes), "damaged", ParseOptions.defaults(), new RecordSink() {
                    @Override
                    public void accept(ParsedRecord record) {
                        RecordJson.toLine(record);
                        RecordText.toLine(record);
                        seen[0]++;
                    }

                    @Override
                    public void reject(Rejection rejection) {
                        assertTrue(rejection.toString().startsWith("damaged"), rejection.toString());
                        seen[0]++;
                    }
                }), format.id());
                outcomes += seen[0] > 0 ? 1 : 0;
            }
        }
        assertTrue(outcomes > 300 * 12 * 9 / 10, "almost every parse yields a record or a rejection: " + outcomes);
    }

    private static byte[] damage(byte[] original, Random random) {
        byte[] b = original.length > 20_000 ? Arrays.copyOf(original, 20_000) : original.clone();
        int mutations = 1 + random.nextInt(20);
        for (int m = 0; m < mutations && b.length > 0; m++) {
            int position = random.nextInt(b.length);
            switch (random.nextInt(4)) {
                case 0 -> b[position] = (byte) random.nextInt(256);
                case 1 -> b = Arrays.copyOf(b, position);
                case 2 -> b[position] = (byte) MARKUP.charAt(random.nextInt(MARKUP.length()));
                default -> {
                    byte[] longer = new byte[b.length + 5];
                    System.arraycopy(b, 0, longer, 0, position);
                    System.arraycopy(b, position, longer, position + 5, b.length - position);
                    for (int i = 0; i < 5; i++) {
                        longer[position + i] = (byte) FRAGMENTS.charAt(random.nextInt(FRAGMENTS.length()));
                    }
                    b = longer;
                }
            }
        }
        return b;
    }
}

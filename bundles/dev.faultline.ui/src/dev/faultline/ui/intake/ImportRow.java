package dev.faultline.ui.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.Formats;
import dev.faultline.core.formats.HeaderedCsv;
import dev.faultline.core.formats.inventory.HostField;
import dev.faultline.core.formats.inventory.InventoryCsvParser;

/**
 * One file in the Import wizard: the format detected from its content and the one the user chose
 * (the detected one unless overridden). Zip archives are unpacked at import; their entries are
 * detected one by one.
 */
final class ImportRow {

    static final String ZIP = "zip archive";

    final Path path;
    final long size;
    final String detected;
    String chosen;
    /** For inventory CSV: columns the user mapped to host fields (headers Faultline did not know). */
    final Map<String, HostField> mapping = new LinkedHashMap<>();

    ImportRow(Path path, long size, String detected) {
        this.path = path;
        this.size = size;
        this.detected = detected;
        this.chosen = detected;
    }

    boolean isZip() {
        return ZIP.equals(detected);
    }

    /** The parser to force on the importer, or null to let it detect each file's format. */
    FormatParser parser() {
        if (isInventory() && !mapping.isEmpty()) {
            return new InventoryCsvParser(mapping);
        }
        return isZip() || chosen.equals(detected) ? null : Formats.byId(chosen).orElseThrow();
    }

    boolean isInventory() {
        return InventoryCsvParser.ID.equals(chosen);
    }

    /** For inventory CSV: the header columns no host field is known by. */
    List<String> unknownHeaders() {
        if (!isInventory()) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(path)) {
            return InventoryCsvParser.unknownHeaders(HeaderedCsv.header(in.readNBytes(Formats.HEAD_SIZE)));
        } catch (IOException e) {
            return List.of();
        }
    }
}

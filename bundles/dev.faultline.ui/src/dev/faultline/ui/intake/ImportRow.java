package dev.faultline.ui.intake;

import java.nio.file.Path;

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

    ImportRow(Path path, long size, String detected) {
        this.path = path;
        this.size = size;
        this.detected = detected;
        this.chosen = detected;
    }

    boolean isZip() {
        return ZIP.equals(detected);
    }

    /** The format to force on the importer, or null to let it use the detected one. */
    String override() {
        return isZip() || chosen.equals(detected) ? null : chosen;
    }
}

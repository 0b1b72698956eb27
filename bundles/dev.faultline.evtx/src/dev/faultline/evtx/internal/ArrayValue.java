package dev.faultline.evtx.internal;

/** An array substitution value (type flag 0x80): one text per element. */
record ArrayValue(String[] items) {

    /** @return the items comma-separated, for places where an array cannot repeat its element */
    String joined() {
        return String.join(",", items);
    }
}

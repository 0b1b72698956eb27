package dev.faultline.diagram.render;

/**
 * What a box shows, with its colours: a light fill, a darker border and the band colour of its kind
 * label. The same colours are used by the editor and by every export.
 */
public enum NodeKind {
    UPDATE("UPDATE", 0xE8F0FE, 0x1A73E8),
    DRIVER("DRIVER", 0xF3E8FD, 0x8430CE),
    CRASH_CLUSTER("CRASH CLUSTER", 0xFCE8E6, 0xC5221F),
    CRASH("CRASH", 0xFCE8E6, 0xC5221F),
    OUTAGE("OUTAGE", 0xFEF1E0, 0xD56E0C),
    HOST_GROUP("HOST GROUP", 0xE4F4F7, 0x12809A),
    HOST("HOST", 0xE4F4F7, 0x12809A),
    TIMELINE_EVENT("EVENT", 0xF1F3F4, 0x5F6368),
    REMEDIATION("REMEDIATION", 0xE6F4EA, 0x188038),
    /** A node whose fact is no longer in the investigation. */
    MISSING("MISSING", 0xFFFFFF, 0x9AA0A6);

    private final String label;
    private final int fill;
    private final int accent;

    NodeKind(String label, int fill, int accent) {
        this.label = label;
        this.fill = fill;
        this.accent = accent;
    }

    /** The upper-case kind shown in the box's band. */
    public String label() {
        return label;
    }

    public int fill() {
        return fill;
    }

    /** Border and band colour. */
    public int accent() {
        return accent;
    }
}

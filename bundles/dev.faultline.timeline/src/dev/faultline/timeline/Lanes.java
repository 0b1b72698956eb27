package dev.faultline.timeline;

import java.util.Locale;

/** What the lanes of the time axis are. */
public enum Lanes {
    /** One lane of everything. */
    NONE,
    HOST,
    /** Hosts grouped by the host group that lists them as representatives. */
    HOST_GROUP,
    /** Evidence file. */
    SOURCE,
    KIND;

    /** {@code host}, {@code host-group}, {@code source}, {@code kind}, {@code none}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The name of the lane of records without a value to put them in a lane by: {@code (no host)},
     * {@code (no evidence file)}, {@code (no kind)} (e.g. the lines of a plain text log have no host).
     */
    public String missing() {
        return switch (this) {
            case HOST, HOST_GROUP -> "(no host)";
            case SOURCE -> "(no evidence file)";
            case KIND -> "(no kind)";
            case NONE -> "(all)";
        };
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static Lanes of(String id) {
        for (Lanes l : values()) {
            if (l.id().equalsIgnoreCase(id.strip()) || l.name().equalsIgnoreCase(id.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("lanes are host, host-group, source, kind or none, got '" + id + "'");
    }
}

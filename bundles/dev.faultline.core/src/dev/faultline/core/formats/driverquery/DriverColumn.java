package dev.faultline.core.formats.driverquery;

import java.util.List;
import java.util.Locale;

/** The columns driverquery prints, with their English headers, in {@code /v} order. */
enum DriverColumn {
    MODULE_NAME("Module Name"),
    DISPLAY_NAME("Display Name"),
    DESCRIPTION("Description"),
    DRIVER_TYPE("Driver Type"),
    START_MODE("Start Mode"),
    STATE("State"),
    STATUS("Status"),
    ACCEPT_STOP("Accept Stop"),
    ACCEPT_PAUSE("Accept Pause"),
    PAGED_POOL("Paged Pool"),
    CODE("Code(bytes)"),
    BSS("BSS(bytes)"),
    LINK_DATE("Link Date"),
    PATH("Path"),
    INIT("Init(bytes)"),
    HOST("Host Name");

    /** Plain {@code driverquery} columns. */
    static final List<DriverColumn> PLAIN = List.of(MODULE_NAME, DISPLAY_NAME, DRIVER_TYPE, LINK_DATE);
    /** {@code driverquery /v} columns. */
    static final List<DriverColumn> VERBOSE = List.of(MODULE_NAME, DISPLAY_NAME, DESCRIPTION, DRIVER_TYPE, START_MODE,
            STATE, STATUS, ACCEPT_STOP, ACCEPT_PAUSE, PAGED_POOL, CODE, BSS, LINK_DATE, PATH, INIT);

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    final String header;

    DriverColumn(String header) {
        this.header = header;
    }

    /** The column an English header names (case-insensitive; a header cut short matches too), or {@code null}. */
    static DriverColumn byHeader(String text) {
        String t = normalize(text);
        if (t.isEmpty()) {
            return null;
        }
        for (DriverColumn column : values()) {
            if (normalize(column.header).equals(t)) {
                return column;
            }
        }
        switch (t) {
            case "paged pool(bytes)", "pagedpool", "paged pool bytes" -> {
                return PAGED_POOL;
            }
            case "code", "code bytes" -> {
                return CODE;
            }
            case "bss", "bss bytes" -> {
                return BSS;
            }
            case "init", "init bytes" -> {
                return INIT;
            }
            case "hostname", "host", "computername", "computer name", "pscomputername", "system name" -> {
                return HOST;
            }
            default -> {
            }
        }
        for (DriverColumn column : values()) {
            String full = normalize(column.header);
            if (t.length() >= 6 && full.startsWith(t)) {
                return column;
            }
        }
        return null;
    }

    static String normalize(String text) {
        return SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}

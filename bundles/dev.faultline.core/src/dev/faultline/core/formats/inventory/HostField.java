package dev.faultline.core.formats.inventory;

import java.util.List;
import java.util.Locale;

/** The host properties an inventory CSV can give, with the header names each is known by. */
public enum HostField {
    HOST_NAME("hostname", "host", "host name", "computername", "computer name", "computer", "name", "device name", "devicename", "machine", "machine name"),
    FQDN("fqdn", "dns name", "dnshostname", "dns host name"),
    DOMAIN("domain", "ad domain", "workgroup"),
    IP_ADDRESS("ip", "ip address", "ipaddress", "ipv4", "ip addresses", "local ip"),
    MAC_ADDRESS("mac", "mac address", "macaddress"),
    OS_NAME("os", "os name", "osname", "operating system", "platform"),
    OS_VERSION("os version", "osversion", "version"),
    OS_BUILD("os build", "osbuild", "build"),
    MANUFACTURER("manufacturer", "vendor", "make"),
    MODEL("model", "system model"),
    SERIAL_NUMBER("serial", "serial number", "serialnumber", "service tag"),
    SENSOR_VERSION("sensor version", "agent version", "sensorversion", "agentversion"),
    OWNER("owner", "user", "primary user", "assigned to"),
    LOCATION("location", "site", "office"),
    ROLE("role", "type", "device type", "function"),
    LAST_SEEN("last seen", "lastseen", "last_seen", "last contact");

    private final List<String> names;

    HostField(String... names) {
        this.names = List.of(names);
    }

    /** The field a header names, or {@code null} when the header is not known. */
    public static HostField byHeader(String header) {
        String t = normalize(header);
        for (HostField field : values()) {
            if (field.names.contains(t)) {
                return field;
            }
        }
        return null;
    }

    static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
    }
}

package dev.faultline.core.formats.eventlog;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a Windows event means to an investigation, as read by {@link EventMapping}. One record
 * type per event that matters; every other event is {@link Generic}.
 */
public sealed interface EventMeaning {

    /** Short lower-case name, e.g. {@code unexpected-power-loss}; also the JSON {@code meaning}. */
    String name();

    /**
     * Kernel-Power 41: the system rebooted without cleanly shutting down first.
     *
     * @param bugcheckCode {@code 0x1A} style, or {@code null} when the event says 0 (no bugcheck)
     * @param arguments the four BugcheckParameter values, {@code 0x...} lower-case
     * @param sleepInProgress as written, or {@code null}
     * @param powerButtonTimestamp as written, or {@code null}
     */
    record UnexpectedPowerLoss(String bugcheckCode, List<String> arguments, String sleepInProgress,
            String powerButtonTimestamp) implements EventMeaning {
        @Override
        public String name() {
            return "unexpected-power-loss";
        }
    }

    /**
     * BugCheck / WER-SystemErrorReporting 1001: "The computer has rebooted from a bugcheck".
     *
     * @param bugcheckCode {@code 0x3B} style, or {@code null} when unreadable
     * @param arguments the four parameters, {@code 0x...} lower-case (empty when unreadable)
     * @param dumpPath where the dump was saved, or {@code null}
     * @param reportId the WER report id, or {@code null}
     */
    record BugcheckReport(String bugcheckCode, List<String> arguments, String dumpPath, String reportId) implements EventMeaning {
        @Override
        public String name() {
            return "bugcheck";
        }
    }

    /**
     * EventLog 6008: "The previous system shutdown at TIME on DATE was unexpected."
     *
     * @param shutdownTimeText the time as written
     * @param shutdownDateText the date as written (direction marks removed)
     * @param shutdownLocal both read as local time of the host, or {@code null}
     */
    record UnexpectedShutdown(String shutdownTimeText, String shutdownDateText, LocalDateTime shutdownLocal) implements EventMeaning {
        @Override
        public String name() {
            return "unexpected-shutdown";
        }
    }

    /**
     * Service Control Manager 7045: a service (or driver) was installed.
     *
     * @param serviceName the service's display name
     * @param imagePath the binary, e.g. {@code system32\DRIVERS\E1G6032E.sys}
     * @param serviceType e.g. {@code kernel mode driver}
     * @param startType e.g. {@code demand start}
     * @param accountName the account, or {@code null}
     */
    record ServiceInstalled(String serviceName, String imagePath, String serviceType, String startType, String accountName)
            implements EventMeaning {
        @Override
        public String name() {
            return "service-installed";
        }

        /** Whether the service is a driver (kernel mode or file system). */
        public boolean isDriver() {
            return serviceType != null && serviceType.toLowerCase(java.util.Locale.ROOT).contains("driver");
        }
    }

    /**
     * Service Control Manager 7036: a service entered a state.
     *
     * @param serviceName the service
     * @param state e.g. {@code running}, {@code stopped}
     */
    record ServiceStateChanged(String serviceName, String state) implements EventMeaning {
        @Override
        public String name() {
            return "service-state";
        }
    }

    /** Any other event: its data is all there is. */
    record Generic() implements EventMeaning {
        @Override
        public String name() {
            return "event";
        }
    }
}

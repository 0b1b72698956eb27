package dev.faultline.report;

import java.util.List;

/**
 * The kernel-driver audit: the drivers of the investigation, those implicated in crashes first, with
 * a risk level and its reasons where the audit could state one.
 */
public record DriverSection(List<Driver> drivers, List<String> notes) {

    /** One driver. */
    public record Driver(String name, String vendor, String version, String type, String start, String signer,
            String hosts, boolean inCrashes, String risk, List<String> reasons, String description, boolean reconstructed,
            List<Citation> citations) {
    }
}

package dev.faultline.report;

import java.util.List;

/** Crash clusters: groups of crashes with one signature, and the crash analyses in them. */
public record ClusterSection(List<Cluster> clusters, List<Crash> unclustered, List<String> notes) {

    /** A cluster with its members. */
    public record Cluster(String name, String signature, String shape, String firstSeen, String lastSeen, String crashes,
            List<Crash> members,
            List<String> updates, String description, boolean reconstructed, List<Citation> citations) {
    }

    /** One analysed crash. */
    public record Crash(String bugcheck, String host, String time, String module, String symbol, boolean reconstructed,
            List<Citation> citations) {
    }
}

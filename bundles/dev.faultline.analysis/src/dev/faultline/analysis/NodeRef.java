package dev.faultline.analysis;

/**
 * One end of a proposed causal link, as the CLI and the views name it.
 *
 * @param kind {@code update}, {@code driver}, {@code crashCluster}, {@code outage}
 * @param id the object's {@code xmi:id} in the investigation
 * @param label what to show, e.g. {@code Channel File 291}
 */
public record NodeRef(String kind, String id, String label) {
}

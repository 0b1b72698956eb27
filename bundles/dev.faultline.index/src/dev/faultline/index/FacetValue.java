package dev.faultline.index;

/** One value of a facet dimension and the number of hits that have it. */
public record FacetValue(String value, long count) {
}

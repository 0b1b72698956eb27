package dev.faultline.diagram.render;

import java.util.List;

/**
 * What a box shows: its kind, the fact's name (title) and a few lines of key facts, and whether the
 * fact is reconstructed rather than recorded.
 *
 * @param kind what kind of fact
 * @param badge the text of the band (kind, and a qualifier such as the update kind)
 * @param title the name of the fact
 * @param details the key facts, one short line each
 * @param reconstructed the fact was estimated or reconstructed by the analysts
 */
public record NodeContent(NodeKind kind, String badge, String title, List<String> details, boolean reconstructed) {

    public NodeContent {
        details = List.copyOf(details);
    }
}

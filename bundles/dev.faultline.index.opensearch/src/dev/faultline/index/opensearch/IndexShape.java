package dev.faultline.index.opensearch;

/**
 * How an index is spread over a cluster: primary shards, and copies of each on other nodes.
 *
 * @param shards primary shards, at least 1
 * @param replicas copies of each shard, 0 or more (a cluster needs replicas + 1 data nodes to place them all)
 */
public record IndexShape(int shards, int replicas) {

    public IndexShape {
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("shards must be at least 1 and replicas 0 or more, got " + shards + " and " + replicas);
        }
    }

    /** Three shards; one replica of each when the cluster has more than one data node, else none. */
    public static IndexShape forDataNodes(int dataNodes) {
        return new IndexShape(3, dataNodes > 1 ? 1 : 0);
    }
}

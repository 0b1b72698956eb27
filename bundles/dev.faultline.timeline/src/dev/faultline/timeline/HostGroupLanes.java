package dev.faultline.timeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.faultline.index.TimeHistogram;

/** Host lanes summed into host-group lanes (hosts in no group: {@value #UNGROUPED}; records without a host stay apart). */
final class HostGroupLanes {

    static final String UNGROUPED = "(no group)";

    private HostGroupLanes() {
    }

    static TimeHistogram regroup(TimeHistogram byHost, Map<String, String> groupOfHost, int maxLanes) {
        Map<String, long[]> groups = new LinkedHashMap<>();
        int buckets = byHost.buckets();
        for (int lane = 0; lane < byHost.lanes().size(); lane++) {
            String host = byHost.lanes().get(lane);
            // records without a host are no host of any group: their lane keeps its name
            String group = host.equals(Lanes.HOST.missing()) ? host : groupOfHost.getOrDefault(host, UNGROUPED);
            long[] sum = groups.computeIfAbsent(group, g -> new long[buckets]);
            for (int i = 0; i < buckets; i++) {
                sum[i] += byHost.counts()[lane][i];
            }
        }
        List<Map.Entry<String, long[]>> sorted = new java.util.ArrayList<>(groups.entrySet());
        sorted.sort((a, b) -> Long.compare(total(b.getValue()), total(a.getValue())));
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<long[]> rows = new java.util.ArrayList<>();
        long[] other = null;
        for (Map.Entry<String, long[]> e : sorted) {
            if (names.size() < maxLanes) {
                names.add(e.getKey());
                rows.add(e.getValue());
            } else {
                if (other == null) {
                    other = new long[buckets];
                }
                for (int i = 0; i < buckets; i++) {
                    other[i] += e.getValue()[i];
                }
            }
        }
        if (other != null) {
            names.add(TimeHistogram.OTHER);
            rows.add(other);
        }
        return new TimeHistogram(byHost.from(), byHost.to(), List.copyOf(names), rows.toArray(new long[0][]), byHost.untimed(),
                byHost.tookMicros());
    }

    private static long total(long[] counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }
}

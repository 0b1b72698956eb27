package dev.faultline.index.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Collects a uniform random sample of a query's hits for facet counting, while the hits are
 * collected: each hit is kept with probability {@code rate} (Bernoulli sampling, the gaps between
 * kept hits drawn from the geometric distribution, so the random generator runs once per kept
 * hit, not per hit). Unlike Lucene's {@code RandomSamplingFacetsCollector}, which first records
 * every hit and samples afterwards, the cost of a sampled count grows with the sample, not with
 * the hits. The result is a {@link FacetsCollector} whose matching documents are the sample, for
 * Lucene's facet counting; scale its counts by {@code 1 / rate}.
 */
public final class FacetSampler extends SimpleCollector {

    private final double rate;
    private final double logOfMiss;
    private final SplittableRandom random;
    private final List<FacetsCollector.MatchingDocs> sampled = new ArrayList<>();
    private LeafReaderContext leaf;
    private FixedBitSet bits;
    private int kept;
    private long skip;

    private FacetSampler(double rate, long seed) {
        if (!(rate > 0 && rate < 1)) {
            throw new IllegalArgumentException("sampling rate must be between 0 and 1 (exclusive), got " + rate);
        }
        this.rate = rate;
        this.logOfMiss = Math.log1p(-rate);
        this.random = new SplittableRandom(seed);
        this.skip = nextGap();
    }

    /** A manager for searches: one sampler per slice, the samples joined. */
    public static CollectorManager<FacetSampler, FacetsCollector> manager(double rate, long seed) {
        return new CollectorManager<>() {
            private long slice;

            @Override
            public FacetSampler newCollector() {
                return new FacetSampler(rate, seed + 31 * slice++);
            }

            @Override
            public FacetsCollector reduce(Collection<FacetSampler> collectors) {
                List<FacetsCollector.MatchingDocs> all = new ArrayList<>();
                for (FacetSampler c : collectors) {
                    c.finishLeaf();
                    all.addAll(c.sampled);
                }
                return new SampleCollector(List.copyOf(all));
            }
        };
    }

    /** Hits passed over before the next kept one: geometric with success probability {@code rate}. */
    private long nextGap() {
        double u = random.nextDouble();
        return (long) Math.floor(Math.log1p(-u) / logOfMiss);
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        finishLeaf();
        leaf = context;
        bits = null;
        kept = 0;
    }

    @Override
    public void collect(int doc) {
        if (skip > 0) {
            skip--;
            return;
        }
        if (bits == null) {
            bits = new FixedBitSet(leaf.reader().maxDoc());
        }
        bits.set(doc);
        kept++;
        skip = nextGap();
    }

    private void finishLeaf() {
        if (leaf != null && bits != null && kept > 0) {
            sampled.add(new FacetsCollector.MatchingDocs(leaf, new BitDocIdSet(bits, kept), kept, null));
        }
        leaf = null;
        bits = null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** The sample, as Lucene's facet counting reads it. */
    private static final class SampleCollector extends FacetsCollector {
        private final List<MatchingDocs> docs;

        SampleCollector(List<MatchingDocs> docs) {
            this.docs = docs;
        }

        @Override
        public List<MatchingDocs> getMatchingDocs() {
            return docs;
        }
    }
}

package dev.faultline.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.index.internal.EvidenceAnalyzers;
import dev.faultline.index.internal.EvidenceQueryParser;
import dev.faultline.index.internal.FacetSampler;
import dev.faultline.index.internal.HitHighlighter;
import dev.faultline.index.internal.IndexFolder;
import dev.faultline.index.internal.WriterOpening;

/**
 * The Lucene index of an investigation's evidence records ({@code DIR/index/}).
 * <p>
 * Writing ({@link #add}, {@link #rebuild}) is serialised and atomic: a run commits once at its
 * end; a cancelled or failed run rolls back to the last commit. Searches see the last commit
 * (also one made by another {@code EvidenceIndex} on the same folder, e.g. an import while a
 * view keeps this one open) and may run concurrently with each other and with a write.
 * Searching never takes Lucene's write lock; the first write does, until {@link #close()}.
 */
public final class EvidenceIndex implements EvidenceSearch {

    /** Records between two progress reports and cancellation checks. */
    public static final int PROGRESS_INTERVAL = 1000;

    private static final String NEXT_SEQ = "faultline.nextSeq";
    private static final String FORMAT = "faultline.indexFormat";
    /**
     * 2: segments sorted newest first, one doc values field per facet dimension; 3: the fleet doc values of {@link FleetFields};
     * 4: full text without offsets, a message that is part of the raw text indexed once (see {@code DocumentMapper});
     * 5: a record's file stored as one shared binary value, its id stored only when not its place in the file.
     */
    private static final String FORMAT_VERSION = "5";
    private static final int SEARCH_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Hits counted exactly before Lucene may stop counting (the total then is a lower bound). */
    private static final int COUNT_EXACTLY_UP_TO = 10_000;

    private final Path path;
    private final Directory directory;
    private final Analyzer indexAnalyzer = EvidenceAnalyzers.index();
    private final Analyzer queryAnalyzer = EvidenceAnalyzers.query();
    private final FacetsConfig facetsConfig = DocumentMapper.newFacetsConfig();
    private final DocumentMapper mapper = new DocumentMapper(facetsConfig);
    private final Object writeLock = new Object();
    /**
     * Searches a query's segments, and counts its facet dimensions, on all cores (the calling
     * thread takes part, so a busy pool never blocks a search).
     */
    private final ExecutorService searchThreads = Executors.newFixedThreadPool(SEARCH_THREADS, runnable -> {
        Thread thread = new Thread(runnable, "faultline-search");
        thread.setDaemon(true);
        return thread;
    });
    private final SearcherManager searchers;
    private final OpenOutcome outcome;
    private IndexWriter writer;
    /** The commit generation the searchers were last refreshed to (-1: not yet). */
    private volatile long searchedGeneration = -1;
    private final FacetCounter facetCounter = new FacetCounter(facetsConfig);

    /** @param opened the latest commit, already opened (the searchers start from it), or {@code null} */
    private EvidenceIndex(Path path, Directory directory, OpenOutcome outcome, DirectoryReader opened) throws IOException {
        this.path = path;
        this.directory = directory;
        this.outcome = outcome;
        SearcherFactory factory = new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                return new IndexSearcher(reader, searchThreads);
            }
        };
        this.searchers = opened == null ? new SearcherManager(directory, factory) : new SearcherManager(opened, factory);
        if (opened != null) {
            searchedGeneration = opened.getIndexCommit().getGeneration(); // the first search need not look for a newer commit
        }
    }

    /**
     * Opens the index in {@code indexDir}, creating an empty one when there is none. A damaged
     * index is an {@link IndexDamagedException}.
     */
    public static EvidenceIndex open(Path indexDir) throws IOException {
        return open(indexDir, null, IndexProgress.NONE, Verification.OPEN);
    }

    /**
     * Opens the index in {@code indexDir}; when it is missing, holds no records, is of an older
     * layout or fails {@code verification}, builds it from {@code rebuildSource} (all the
     * investigation's records).
     *
     * @param rebuildSource all records of the investigation, or {@code null} to create an empty
     *            index when missing and to fail when damaged
     * @param progress progress of a rebuild
     * @throws IndexDamagedException when the index is damaged and there is no rebuild source
     * @throws IndexCanceledException when a rebuild was cancelled (the index is then left as it was)
     */
    public static EvidenceIndex open(Path indexDir, Supplier<Stream<EvidenceRecord>> rebuildSource, IndexProgress progress,
            Verification verification) throws IOException {
        Files.createDirectories(indexDir);
        return open(indexDir, FSDirectory.open(indexDir), rebuildSource, progress, verification);
    }

    /**
     * {@link #open(Path)} for a process that searches once and exits (the CLI's {@code search}): the
     * files are read with positional reads instead of being mapped into memory. A search reads a few
     * blocks of each file, and on a cold JVM setting up mapped access (Lucene's native {@code madvise}
     * calls through the foreign-function linker) cost more than the whole search: a one-off search on a
     * 10 M-line index took 14 % less wall time (2 Dec). Long-lived readers keep {@link #open(Path)}.
     */
    public static EvidenceIndex openForOneSearch(Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        return open(indexDir, new NIOFSDirectory(indexDir), null, IndexProgress.NONE, Verification.OPEN);
    }

    private static EvidenceIndex open(Path indexDir, Directory directory, Supplier<Stream<EvidenceRecord>> rebuildSource,
            IndexProgress progress, Verification verification) throws IOException {
        DirectoryReader verified = null; // the commit opened by Verification.OPEN: the searchers start from it
        try {
            OpenOutcome outcome;
            if (!DirectoryReader.indexExists(directory)) {
                if (rebuildSource == null && IndexFolder.holdsIndexFiles(directory)) {
                    // segment files without a commit: reading never writes, so they stay for a rebuild to replace
                    throw new IndexDamagedException("the evidence index in " + indexDir + " is damaged (index files without a commit point,"
                            + " segments_N missing); rebuild it from the evidence with 'faultline index'", null);
                }
                outcome = rebuildSource == null ? OpenOutcome.CREATED_EMPTY : OpenOutcome.REBUILT_MISSING;
                createEmpty(directory, OpenMode.CREATE);
            } else {
                IndexFolder.Verified checked = IndexFolder.verifyKeepingReader(directory, verification);
                String problem = checked.problem();
                verified = checked.reader();
                // (the opened commit's user data when there is one: reading the commit again costs a cold JVM milliseconds)
                String format = problem != null ? FORMAT_VERSION : verified != null ? format(verified.getIndexCommit().getUserData()) : format(directory);
                if (problem == null && format.equals(FORMAT_VERSION)) {
                    boolean empty = rebuildSource != null && (verified != null ? verified.numDocs() == 0 : isEmpty(directory));
                    outcome = empty ? OpenOutcome.REBUILT_EMPTY : OpenOutcome.OPENED;
                } else if (problem == null && rebuildSource == null) {
                    throw new IndexDamagedException("the evidence index in " + indexDir + " was written by an older Faultline (index format "
                            + format + ", this one reads " + FORMAT_VERSION + "); rebuild it from the evidence with 'faultline index'", null);
                } else if (problem == null) {
                    outcome = OpenOutcome.REBUILT_OUTDATED;
                    closeQuietly(verified, null);
                    verified = null;
                    discardDamaged(directory);
                } else if (rebuildSource == null) {
                    throw new IndexDamagedException("the evidence index in " + indexDir + " is damaged (" + problem
                            + "); rebuild it from the evidence with 'faultline index'", null);
                } else {
                    outcome = OpenOutcome.REBUILT_DAMAGED;
                    discardDamaged(directory);
                }
            }
            if (verified != null && outcome != OpenOutcome.OPENED) {
                verified.close(); // the index is rebuilt: the searchers open what the rebuild commits
                verified = null;
            }
            EvidenceIndex index = new EvidenceIndex(indexDir, directory, outcome, verified);
            verified = null; // the searchers' now
            if (rebuildSource != null && outcome != OpenOutcome.OPENED) {
                try {
                    index.rebuild(rebuildSource, progress);
                } catch (IOException | RuntimeException e) {
                    try {
                        index.close();
                    } catch (IOException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                    throw e;
                }
            }
            return index;
        } catch (IOException | RuntimeException e) {
            closeQuietly(verified, e);
            closeQuietly(directory, e);
            throw e;
        }
    }

    private static void closeQuietly(Closeable closeable, Exception primary) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException suppressed) {
            if (primary != null) {
                primary.addSuppressed(suppressed);
            }
        }
    }

    private static boolean isEmpty(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs() == 0;
        }
    }

    /** The layout version the last commit was written in ("1" for indexes of before the version was recorded). */
    private static String format(Directory directory) throws IOException {
        return format(SegmentInfos.readLatestCommit(directory).getUserData());
    }

    private static String format(Map<String, String> commitUserData) {
        String format = commitUserData.get(FORMAT);
        return format == null ? "1" : format;
    }

    /** Removes the files of a damaged or outdated index so a new one can be written (the folder holds nothing else of value). */
    private static void discardDamaged(Directory directory) throws IOException {
        IndexFolder.deleteIndexFiles(directory);
        createEmpty(directory, OpenMode.CREATE);
    }

    /**
     * The settings of every writer of the index. Segments are sorted newest first (the default
     * order of a search), so a newest-first search stops after its page instead of visiting
     * every hit.
     */
    static IndexWriterConfig newWriterConfig(Analyzer analyzer) {
        return new IndexWriterConfig(analyzer).setIndexSort(new Sort(PageCursor.sortFields(SortOrder.TIME_DESC)))
                .setRAMBufferSizeMB(ramBufferMB()).setUseCompoundFile(false).setCommitOnClose(false);
    }

    private static void createEmpty(Directory directory, OpenMode mode) throws IOException {
        try (IndexWriter w = WriterOpening.open(directory, () -> newWriterConfig(EvidenceAnalyzers.index()).setOpenMode(mode))) {
            w.setLiveCommitData(Map.of(NEXT_SEQ, "0", FORMAT, FORMAT_VERSION).entrySet());
            w.commit();
        }
    }

    /**
     * Makes the index in {@code indexDir} hold exactly the records of {@code source}: builds it
     * when missing, empty, outdated or damaged, else rebuilds it; atomically either way.
     *
     * @throws IndexCanceledException when cancelled; the index is then left as it was
     */
    public static IndexUpdate rebuild(Path indexDir, Supplier<Stream<EvidenceRecord>> source, IndexProgress progress) throws IOException {
        long started = System.nanoTime();
        try (EvidenceIndex index = open(indexDir, source, progress, Verification.OPEN)) {
            if (index.openOutcome() == OpenOutcome.OPENED) {
                return index.rebuild(source, progress);
            }
            long documents = index.documentCount(); // open() has just built it from the source
            return new IndexUpdate(documents, documents, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** What {@link #open} found and did. */
    public OpenOutcome openOutcome() {
        return outcome;
    }

    /** The folder of the index. */
    public Path path() {
        return path;
    }

    /** Documents in the last commit. */
    public long documentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    // ---- writing ------------------------------------------------------------------------------

    /**
     * Adds records and commits once at the end. Records of an evidence file already in the index
     * (same SHA-256, or same path when the hash is unknown) replace the old ones, so importing
     * the same file twice does not duplicate it.
     *
     * @throws IndexCanceledException when cancelled; nothing of this run is kept
     */
    public IndexUpdate add(Stream<EvidenceRecord> records, IndexProgress progress) throws IOException {
        synchronized (writeLock) {
            return write(records.iterator(), progress, false, Set.of(), false);
        }
    }

    /** Like {@link #add(Stream, IndexProgress)}. */
    public IndexUpdate add(Iterable<EvidenceRecord> records, IndexProgress progress) throws IOException {
        synchronized (writeLock) {
            return write(records.iterator(), progress, false, Set.of(), false);
        }
    }

    /**
     * Adds the records of one evidence file, replacing those it had, and records the file as held
     * in the commit (also when it has no records). Commits once at the end.
     */
    public IndexUpdate addEvidence(String sha256, Stream<EvidenceRecord> records, IndexProgress progress) throws IOException {
        synchronized (writeLock) {
            return write(records.iterator(), progress, false, Set.of(sha256.toLowerCase(Locale.ROOT)), false);
        }
    }

    /** Removes every record of these evidence files (by SHA-256) and commits. */
    public IndexUpdate removeEvidence(Collection<String> sha256s) throws IOException {
        synchronized (writeLock) {
            return write(Collections.emptyIterator(), IndexProgress.NONE, false, HeldEvidence.parse(String.join(",", sha256s)), true);
        }
    }

    /** The SHA-256 (lower case) of every evidence file the last commit holds records of (see {@link HeldEvidence}). */
    public Set<String> heldEvidence() throws IOException {
        return read(HeldEvidence::of);
    }

    /**
     * Replaces the whole index by the records of {@code source}, atomically: until the commit at
     * the end searches see the old index, and a cancelled or failed rebuild keeps it.
     */
    public IndexUpdate rebuild(Supplier<Stream<EvidenceRecord>> source, IndexProgress progress) throws IOException {
        synchronized (writeLock) {
            try (Stream<EvidenceRecord> records = source.get()) {
                return write(records.iterator(), progress, true, Set.of(), false);
            }
        }
    }

    /**
     * @param evidence evidence files the commit holds (also without records); with {@code remove}, files whose records it drops
     */
    private IndexUpdate write(Iterator<EvidenceRecord> records, IndexProgress progress, boolean replaceAll, Set<String> evidence,
            boolean remove) throws IOException {
        long started = System.nanoTime();
        IndexWriter w = writer();
        long seq = nextSeq(w);
        HeldEvidence held = read(searcher -> HeldEvidence.before(w, searcher.getIndexReader(), replaceAll));
        long count = 0;
        boolean committed = false;
        try (ParallelDocumentWriter documents = new ParallelDocumentWriter(w, mapper)) {
            if (replaceAll) {
                w.deleteAll();
            }
            held.change(w, evidence, remove);
            Set<String> seenSources = new HashSet<>();
            Map<String, Integer> samePlace = new HashMap<>();
            String lastPlace = null;
            while (records.hasNext()) {
                EvidenceRecord record = records.next();
                held.cite(record.source());
                String sourceKey = DocumentMapper.sourceKey(record.source());
                if (!replaceAll && seenSources.add(sourceKey)) {
                    w.deleteDocuments(DocumentMapper.deleteTerm(record.source()));
                }
                String place = DocumentMapper.placeId(record.source());
                String id = place;
                if (place.equals(lastPlace) || samePlace.containsKey(place)) {
                    int n = samePlace.merge(place, 1, Integer::sum) + 1;
                    id = place + "." + n;
                } else if (place.endsWith("#")) {
                    samePlace.put(place, 0);
                }
                lastPlace = place;
                documents.add(record, id, seq++);
                count++;
                if (count % PROGRESS_INTERVAL == 0) {
                    progress.indexed(count);
                    if (progress.isCanceled()) {
                        throw new IndexCanceledException(count);
                    }
                }
            }
            documents.finish();
            if (progress.isCanceled()) {
                throw new IndexCanceledException(count);
            }
            Map<String, String> data = new LinkedHashMap<>();
            data.put(NEXT_SEQ, Long.toString(seq));
            data.put(FORMAT, FORMAT_VERSION);
            held.into(data);
            w.setLiveCommitData(data.entrySet());
            w.commit();
            committed = true;
            progress.indexed(count);
        } finally {
            if (!committed) {
                rollback();
            }
        }
        searchers.maybeRefreshBlocking();
        return new IndexUpdate(count, documentCount(), (System.nanoTime() - started) / 1_000_000);
    }

    private void rollback() throws IOException {
        IndexWriter w = writer;
        writer = null;
        if (w != null) {
            w.rollback();
        }
    }

    private IndexWriter writer() throws IOException {
        if (writer == null || !writer.isOpen()) {
            writer = WriterOpening.open(directory, () -> newWriterConfig(indexAnalyzer).setOpenMode(OpenMode.CREATE_OR_APPEND));
        }
        return writer;
    }

    static double ramBufferMB() {
        long maxHeapMB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return Math.max(16, Math.min(256, maxHeapMB / 8));
    }

    private static long nextSeq(IndexWriter w) {
        for (Map.Entry<String, String> e : w.getLiveCommitData()) {
            if (e.getKey().equals(NEXT_SEQ)) {
                return Long.parseLong(e.getValue());
            }
        }
        return w.getDocStats().maxDoc;
    }

    /**
     * Runs an edit of this bundle's own write paths ({@link TimelineEntries}) with the writer and
     * the last commit's searcher, under the write lock; commits once, or rolls back on failure.
     */
    void edit(IndexEdit edit) throws IOException {
        synchronized (writeLock) {
            IndexWriter w = writer();
            boolean committed = false;
            try {
                long seq = read(searcher -> edit.apply(w, mapper, searcher, nextSeq(w)));
                Map<String, String> data = new LinkedHashMap<>(Map.of(NEXT_SEQ, Long.toString(seq), FORMAT, FORMAT_VERSION));
                HeldEvidence.carry(w, data);
                w.setLiveCommitData(data.entrySet());
                w.commit();
                committed = true;
            } finally {
                if (!committed) {
                    rollback();
                }
            }
            searchers.maybeRefreshBlocking();
        }
    }

    /** Runs a read of this bundle's own read paths (histograms, scans) on the last commit. */
    <T> T read(IndexRead<T> read) throws IOException {
        refreshIfCommitted();
        IndexSearcher searcher = searchers.acquire();
        try {
            return read.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Parses a query of the index's syntax (for this bundle's own read paths). */
    Query query(String queryText) throws QuerySyntaxException {
        return parse(queryText);
    }

    // ---- checking -----------------------------------------------------------------------------

    /**
     * Runs Lucene's CheckIndex (integrity level) on the last commit. Waits for a running write,
     * and releases this index's write lock for the check.
     */
    public IndexCheck check() throws IOException {
        synchronized (writeLock) {
            if (writer != null) {
                IndexWriter w = writer;
                writer = null;
                w.close();
            }
            return IndexFolder.check(directory, CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
        }
    }

    // ---- searching ----------------------------------------------------------------------------

    /**
     * Lets searches see what another writer (an import in another {@code EvidenceIndex}) has
     * committed since. Looks only at the commit generation in the folder's file list (tens of
     * microseconds); reopening, which reads the commit, happens only when there is a new one.
     */
    private void refreshIfCommitted() throws IOException {
        long latest = SegmentInfos.getLastCommitGeneration(directory);
        if (latest != searchedGeneration) {
            searchers.maybeRefreshBlocking();
            searchedGeneration = latest;
        }
    }

    /** Runs {@code work} on a searcher of the last commit (for the whole-index reads of {@link FleetScan}). */
    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        refreshIfCommitted();
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.run(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Work on a searcher, see {@link #withSearcher}. */
    interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Parses a query as {@link #search} would, to validate what a user typed. */
    public Query parse(String query) throws QuerySyntaxException {
        return new EvidenceQueryParser(queryAnalyzer).parseTyped(query);
    }

    /**
     * Runs a query (Lucene classic syntax with Faultline's field names, see
     * {@link EvidenceQueryParser}) on the last commit.
     *
     * @throws QuerySyntaxException when the query cannot be parsed, or the page cursor is not one of this query's sort
     */
    public SearchResult search(String queryText, SearchOptions options) throws QuerySyntaxException, IOException {
        long started = System.nanoTime();
        Query query = parse(queryText);
        FieldDoc after = null;
        if (options.after() != null) {
            try {
                after = PageCursor.decode(options.sort(), options.after());
            } catch (IllegalArgumentException e) {
                throw new QuerySyntaxException(queryText, 0, e.getMessage());
            }
        }
        Sort sort = new Sort(PageCursor.sortFields(options.sort()));
        int offset = after == null ? options.offset() : 0;
        int wanted = offset + options.limit();
        refreshIfCommitted();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopFieldCollectorManager top = new TopFieldCollectorManager(sort, wanted, after, Math.max(COUNT_EXACTLY_UP_TO, wanted));
            TopFieldDocs topDocs;
            Map<String, List<FacetValue>> facets = Map.of();
            double sampleRate = 1;
            long total;
            boolean exact;
            if (options.facets()) {
                // the exact total first (constant time for a single term): it decides whether to sample
                total = searcher.count(query);
                exact = true;
                boolean sample = options.facetSample() > 0 && total > options.facetSample();
                CollectorManager<?, FacetsCollector> facetHits = sample
                        ? FacetSampler.manager((double) options.facetSample() / total, queryText.hashCode())
                        : new FacetsCollectorManager();
                Object[] results = searcher.search(query, new MultiCollectorManager(top, facetHits));
                topDocs = (TopFieldDocs) results[0];
                FacetsCollector counted = (FacetsCollector) results[1];
                if (sample) {
                    // the share actually drawn: scaling by it, a value every sampled hit has is counted as the total
                    long drawn = counted.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
                    sampleRate = Math.min(1, Math.max(drawn, 1) / (double) total);
                }
                facets = facetCounter.count(searcher, counted, options.facetValues(), sampleRate);
            } else {
                topDocs = searcher.search(query, top);
                total = topDocs.totalHits.value();
                exact = topDocs.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
            }
            ScoreDoc[] all = topDocs.scoreDocs;
            int from = Math.min(offset, all.length);
            ScoreDoc[] page = Arrays.copyOfRange(all, from, all.length);
            HitHighlighter highlighter = options.highlight()
                    ? HitHighlighter.of(query, IndexFields.MESSAGE, options.highlightPre(), options.highlightPost(), 3)
                    : null;
            List<SearchHit> hits = new ArrayList<>(page.length);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc scoreDoc : page) {
                Document doc = stored.document(scoreDoc.doc);
                float score = options.sort() == SortOrder.RELEVANCE ? ((Number) ((FieldDoc) scoreDoc).fields[0]).floatValue() : 0f;
                EvidenceRecord record = HitReader.record(doc);
                List<String> highlights = highlighter == null ? List.of() : highlighter.highlight(IndexedDocument.fullText(record));
                hits.add(new SearchHit(HitReader.id(doc, record), score, record, highlights));
            }
            boolean knownLast = exact && after == null && total <= wanted;
            String next = page.length == options.limit() && !knownLast ? PageCursor.encode(options.sort(), (FieldDoc) page[page.length - 1])
                    : null;
            return new SearchResult(queryText, total, exact, hits, next, facets, sampleRate, (System.nanoTime() - started) / 1_000_000);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            try {
                if (writer != null) {
                    writer.rollback();
                    writer = null;
                }
            } finally {
                try {
                    searchers.close();
                } finally {
                    searchThreads.shutdown();
                    directory.close();
                }
            }
        }
    }

    /** For tests and the bench: the commit's segment count. */
    int segmentCount() throws IOException {
        return SegmentInfos.readLatestCommit(directory).size();
    }
}

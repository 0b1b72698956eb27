package dev.faultline.app.cli.commands;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.faultline.app.cli.Args;
import dev.faultline.app.cli.BadInputException;
import dev.faultline.app.cli.CliCommand;
import dev.faultline.app.cli.CliContext;
import dev.faultline.app.cli.ExitCode;
import dev.faultline.app.cli.IndexLocation;
import dev.faultline.app.cli.UsageException;
import dev.faultline.index.EvidenceSearch;
import dev.faultline.index.FacetValue;
import dev.faultline.index.IndexDamagedException;
import dev.faultline.index.QuerySyntaxException;
import dev.faultline.index.SearchHit;
import dev.faultline.index.SearchOptions;
import dev.faultline.index.SearchResult;
import dev.faultline.index.SortOrder;
import dev.faultline.index.json.SearchResultJson;
import dev.faultline.index.opensearch.OpenSearchException;

/** {@code faultline search --case DIR [--json] [--limit N] [--facets|--exact-facets] [--sort S] [--after CURSOR] QUERY}. */
public class SearchCommand implements CliCommand {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "search the evidence index of an investigation";
    }

    @Override
    public String usage() {
        return """
                Usage: faultline search --case DIR [--json] [--limit N] [--facets|--exact-facets] [--sort time|time-desc|relevance]
                                        [--after CURSOR] QUERY
                  Searches DIR/index (build it with 'faultline index --case DIR'), or the OpenSearch index the
                  investigation was indexed into ('faultline index --case DIR --opensearch URL'; credentials from
                  FAULTLINE_OPENSEARCH_USER/_PASSWORD or _CREDENTIALS, CA from FAULTLINE_OPENSEARCH_CA; there facets
                  are always counted on every hit). QUERY is Lucene query syntax;
                  terms are ANDed. Fields: host: kind: source: (file:) module: bugcheck: event: provider: channel:
                  level: bucket: tag: sha256: line: id: message: (the default), and time ranges such as
                  time:[2024-07-19T04:00Z TO 2024-07-19T06:00Z], time:2024-07-19, open ends '*'.
                  Bugcheck codes in any notation (0x50, 50, 0x00000050); module!function+offset needs no escaping.
                  An empty QUERY ("") is a usage error like no QUERY; '*:*' matches everything.
                  --limit N      hits to print, 1 to 10000 (default 20)
                  --facets       also count hits per host, kind, module, bugcheck, event and source; above 100,000
                                 hits the counts are estimated from a random sample of 100,000 hits (marked ~)
                  --exact-facets like --facets, always counting every hit (slower on millions of hits)
                  --sort S       time-desc (the default: newest first), time (oldest first), or relevance
                  --after C      the next page: the cursor printed after the previous page
                  --json         one JSON object per hit with the keys id, timestamp, host, kind,
                                 source {file, sha256, line}, message, highlights; then one summary
                                 object {query, total, totalExact, returned, nextPage, tookMillis[, facets,
                                 facetsExact, facetSampleRate]}
                Exit codes: 0 ok (also when nothing matched), 1 usage, 2 bad query or no/damaged index.""";
    }

    @Override
    public int run(CliContext context, List<String> args) throws UsageException, BadInputException, IOException {
        String caseDir = null;
        int limit = 20;
        boolean facets = false;
        boolean exactFacets = false;
        boolean json = context.json();
        SortOrder sort = SortOrder.TIME_DESC;
        String after = null;
        List<String> query = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--case" -> caseDir = Args.value(args, ++i, arg);
                case "--limit" -> limit = limit(Args.value(args, ++i, arg));
                case "--facets" -> facets = true;
                case "--exact-facets" -> {
                    facets = true;
                    exactFacets = true;
                }
                case "--json" -> json = true;
                case "--sort" -> sort = sort(Args.value(args, ++i, arg));
                case "--after" -> after = Args.value(args, ++i, arg);
                case "--" -> {
                    query.addAll(args.subList(i + 1, args.size()));
                    i = args.size();
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new UsageException("unknown option '" + arg + "'");
                    }
                    query.add(arg);
                }
            }
        }
        if (caseDir == null) {
            throw new UsageException("--case DIR is required");
        }
        if (query.stream().allMatch(String::isBlank)) {
            // an empty QUERY ("") is no query: everything is asked for explicitly, with '*:*'
            throw new UsageException("a QUERY is required (use '*:*' for everything)");
        }
        String queryText = String.join(" ", query);
        SearchOptions options = SearchOptions.defaults().withLimit(limit).withFacets(facets).withSort(sort).after(after);
        if (exactFacets) {
            options = options.withFacetSample(0);
        }
        if (!json) {
            options = options.withHighlightTags("\u00bb", "\u00ab");
        }
        SearchResult result;
        try (EvidenceSearch index = IndexLocation.openForSearch(context.resolve(caseDir), caseDir)) {
            result = index.search(queryText, options);
            if (result.totalHits() == 0 && index.documentCount() == 0) {
                context.err().println("note: the index of " + caseDir + " holds no records; if the investigation has evidence, "
                        + "rebuild it with 'faultline index --case " + caseDir + "'");
            }
        } catch (QuerySyntaxException e) {
            throw new BadInputException(e.getMessage() + System.lineSeparator() + e.pointer(), e);
        } catch (IndexDamagedException | OpenSearchException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        if (json) {
            for (SearchHit hit : result.hits()) {
                SearchResultJson.writeHitLine(hit, context.out());
            }
            SearchResultJson.writeSummaryLine(result, context.out());
        } else {
            printText(context, result);
        }
        return ExitCode.OK;
    }

    private static void printText(CliContext context, SearchResult result) {
        for (SearchHit hit : result.hits()) {
            String where = hit.source() == null ? "" : hit.source().file() + (hit.source().line() > 0 ? ":" + hit.source().line() : "");
            context.out().printf("%s  %s  %s  %s  %s%n", hit.timestamp() == null ? "-" : hit.timestamp(), orDash(hit.host()),
                    orDash(hit.kind()), where, hit.message());
            for (String passage : hit.highlights()) {
                context.out().println("    " + passage.replace('\n', ' '));
            }
        }
        context.out().printf("%s%d %s, %d shown, %d ms%n", result.totalHitsExact() ? "" : "at least ", result.totalHits(),
                result.totalHits() == 1 ? "hit" : "hits", result.hits().size(), result.tookMillis());
        if (result.nextPage() != null) {
            context.out().println("next page: --after " + result.nextPage());
        }
        if (result.facetsSampled()) {
            context.out().printf("facet counts (~) estimated from a random %.1f%% of the hits; --exact-facets counts them all%n",
                    result.facetSampleRate() * 100);
        }
        String approximately = result.facetsSampled() ? "~" : "";
        for (Map.Entry<String, List<FacetValue>> facet : result.facets().entrySet()) {
            StringBuilder line = new StringBuilder(facet.getKey()).append(':');
            for (FacetValue value : facet.getValue()) {
                line.append("  ").append(value.value()).append(" (").append(approximately).append(value.count()).append(')');
            }
            context.out().println(line);
        }
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    private static int limit(String text) throws UsageException {
        try {
            int n = Integer.parseInt(text);
            if (n < 1 || n > SearchOptions.MAX_LIMIT) {
                throw new UsageException("--limit must be 1.." + SearchOptions.MAX_LIMIT + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--limit takes a number, got '" + text + "'");
        }
    }

    private static SortOrder sort(String text) throws UsageException {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "time", "time-asc", "oldest" -> SortOrder.TIME;
            case "time-desc", "newest" -> SortOrder.TIME_DESC;
            case "relevance", "score" -> SortOrder.RELEVANCE;
            default -> throw new UsageException("--sort takes time, time-desc or relevance, got '" + text + "'");
        };
    }
}

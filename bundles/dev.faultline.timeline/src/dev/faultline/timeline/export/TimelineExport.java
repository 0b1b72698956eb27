package dev.faultline.timeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

import dev.faultline.index.QuerySyntaxException;
import dev.faultline.timeline.Timeline;
import dev.faultline.timeline.TimelineQuery;

/** Streams the timed rows of a query to a stream in one format, in the query's order, one row at a time. */
public final class TimelineExport {

    /** Record field columns of a CSV export, at most. */
    public static final int MAX_FIELD_COLUMNS = 1000;

    private TimelineExport() {
    }

    /**
     * Writes the rows.
     *
     * @return rows written
     * @throws QuerySyntaxException when the filter is not a valid query
     */
    public static long write(Timeline timeline, TimelineQuery query, ExportFormat format, ZoneId zone, OutputStream out)
            throws QuerySyntaxException, IOException {
        return write(timeline, query, format, zone, out, ParallelCsvExport.threads(), ParallelCsvExport.CHUNK_ROWS);
    }

    /** As above, Timesketch CSV on {@code threads} threads in windows of about {@code chunkRows} rows. */
    static long write(Timeline timeline, TimelineQuery query, ExportFormat format, ZoneId zone, OutputStream out, int threads, int chunkRows)
            throws QuerySyntaxException, IOException {
        List<String> fieldNames = format.needsFieldNames()
                ? fieldColumns(timeline, query)
                : List.of();
        if (format == ExportFormat.TIMESKETCH_CSV) {
            return timesketchCsv(timeline, query, fieldNames, out, threads, chunkRows);
        }
        RowWriter writer = format.open(out, zone, fieldNames);
        long n = timeline.stream(query, row -> {
            writer.write(row);
            return true;
        });
        writer.finish();
        return n;
    }

    /**
     * Timesketch CSV written from the records' stored fields, through the model's row only where the
     * model adds to it; on several threads when there are many rows ({@link ParallelCsvExport}: the
     * same bytes).
     */
    private static long timesketchCsv(Timeline timeline, TimelineQuery query, List<String> fieldNames, OutputStream out, int threads,
            int chunkRows) throws QuerySyntaxException, IOException {
        TimesketchCsvWriter writer = new TimesketchCsvWriter(out, fieldNames);
        if (threads > 1 && timeline.index().parallelScans()) {
            writer.finish(); // the header before the parts
            long n = ParallelCsvExport.write(timeline, query, fieldNames, out, threads, chunkRows);
            if (n >= 0) {
                out.flush();
                return n;
            }
        }
        long n = timeline.streamStored(query, (record, modelRow) -> {
            writer.write(timeline, record, modelRow);
            return true;
        });
        writer.finish();
        return n;
    }

    private static List<String> fieldColumns(Timeline timeline, TimelineQuery query) throws QuerySyntaxException, IOException {
        return timeline.index().fieldNames(query.filter(), query.from() == null ? null : query.from().toEpochMilli(),
                query.to() == null ? null : query.to().toEpochMilli(), MAX_FIELD_COLUMNS).stream()
                .filter(name -> !Attributes.RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT))).toList();
    }
}

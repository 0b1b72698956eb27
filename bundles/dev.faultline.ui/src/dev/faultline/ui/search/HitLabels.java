package dev.faultline.ui.search;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;

import dev.faultline.core.evidence.EvidenceRecord;
import dev.faultline.core.evidence.SourceRef;
import dev.faultline.index.SearchHit;
import dev.faultline.ui.session.InvestigationSession;

/** How a search hit is shown: its columns, the highlighted message, and the whole record. */
enum HitLabels {
    TIME, HOST, KIND, SOURCE, MESSAGE;

    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final String PRE = "<em>";
    private static final String POST = "</em>";

    CellLabelProvider provider() {
        if (this == MESSAGE) {
            return new StyledCellLabelProvider() {
                @Override
                public void update(ViewerCell cell) {
                    if (cell.getElement() instanceof SearchHit hit) {
                        List<StyleRange> ranges = new ArrayList<>();
                        cell.setText(highlighted(snippet(hit), ranges));
                        cell.setStyleRanges(ranges.toArray(StyleRange[]::new));
                    }
                    super.update(cell);
                }
            };
        }
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof SearchHit hit ? text(hit) : "";
            }
        };
    }

    String text(SearchHit hit) {
        EvidenceRecord r = hit.record();
        return switch (this) {
            case TIME -> r.timestamp() == null ? (r.timestampText() == null ? "" : r.timestampText()) : TIME_FORMAT.format(r.timestamp());
            case HOST -> r.host() == null ? "" : r.host();
            case KIND -> r.kind() == null ? "" : r.kind();
            case SOURCE -> position(r.source());
            case MESSAGE -> r.message();
        };
    }

    private static String snippet(SearchHit hit) {
        return hit.highlights().isEmpty() ? hit.record().message() : hit.highlights().get(0);
    }

    /** Removes the highlight markers and records bold ranges where they were. */
    static String highlighted(String marked, List<StyleRange> ranges) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < marked.length()) {
            int start = marked.indexOf(PRE, i);
            if (start < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            int end = marked.indexOf(POST, start + PRE.length());
            if (end < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            text.append(marked, i, start);
            StyleRange bold = new StyleRange();
            bold.start = text.length();
            text.append(marked, start + PRE.length(), end);
            bold.length = text.length() - bold.start;
            bold.fontStyle = SWT.BOLD;
            ranges.add(bold);
            i = end + POST.length();
        }
        return text.toString().replace('\n', ' ');
    }

    static String position(SourceRef source) {
        if (source == null) {
            return "";
        }
        return source.file() + (source.line() > 0 ? ":" + source.line() : source.offset() >= 0 ? "@" + source.offset() : "");
    }

    /** The whole record of a hit, with where it is in the evidence. */
    static String detail(SearchHit hit, InvestigationSession session) {
        EvidenceRecord r = hit.record();
        StringBuilder text = new StringBuilder();
        text.append("Evidence: ").append(position(r.source()));
        if (session.isOpen() && r.source() != null) {
            text.append("  (").append(session.folder().evidenceDir().resolve(r.source().file())).append(')');
        }
        text.append("\nSHA-256:  ").append(r.source() == null || r.source().sha256() == null ? "" : r.source().sha256());
        if (r.source() != null && r.source().recordId() != null) {
            text.append("\nRecord:   ").append(r.source().recordId());
        }
        text.append("\nTime:     ").append(r.timestamp() == null ? "(none)" : r.timestamp().toString());
        if (r.timestampText() != null) {
            text.append("   as written: ").append(r.timestampText());
        }
        text.append("\nHost:     ").append(r.host() == null ? "" : r.host());
        text.append("\nKind:     ").append(r.kind());
        text.append("\nMessage:  ").append(r.message());
        for (Map.Entry<String, String> field : r.fields().entrySet()) {
            text.append("\n  ").append(field.getKey()).append(" = ").append(field.getValue());
        }
        if (r.rawText() != null) {
            text.append("\n\n").append(r.rawText());
        }
        return text.toString();
    }
}

package dev.faultline.core.formats.eventlog;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.faultline.core.evidence.SourceRef;
import dev.faultline.core.formats.FormatParser;
import dev.faultline.core.formats.LineReader;
import dev.faultline.core.formats.ParseOptions;
import dev.faultline.core.formats.RecordSink;
import dev.faultline.core.formats.Rejection;
import dev.faultline.core.formats.TextDecoding;
import dev.faultline.core.formats.Timestamps;

/**
 * Windows events as XML: {@code wevtutil qe /f:xml} (events without a root), Event Viewer "Save as
 * XML" ({@code <Events>}), single events, Event Viewer's copied tree view ({@code - <Event>} lines)
 * and fragments cut off at either end. Parsed with StAX, DTDs and external entities disabled.
 * Events are given meaning by {@link EventMapping}.
 */
public final class EventLogXmlParser implements FormatParser {

    public static final String ID = "eventlog-xml";

    private static final int MAX_XML = 64 * 1024;
    private static final String ROOT = "faultline-events";
    private static final Pattern TREE_MARKER = Pattern.compile("(?m)^\\s*- <");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Windows events as XML (wevtutil /f:xml, Event Viewer Save as XML or copy)";
    }

    @Override
    public int detect(byte[] head) {
        String text = TextDecoding.headText(head);
        if (text == null) {
            return 0;
        }
        String start = text.stripLeading();
        if (!start.startsWith("<") && !start.startsWith("- <")) {
            return 0;
        }
        if (text.contains("schemas.microsoft.com/win/2004/08/events/event")) {
            return 95;
        }
        if (text.contains("<EventID") && (text.contains("<Provider ") || text.contains("<TimeCreated"))) {
            return 85;
        }
        return 0;
    }

    /** A StAX factory that reads no DTD and resolves no external entity. */
    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not read: " + systemId);
        });
        return factory;
    }

    @Override
    public void parse(InputStream in, String file, ParseOptions options, RecordSink sink) throws IOException {
        TextDecoding.Opened opened = TextDecoding.open(in);
        if (!opened.sniffed().isText()) {
            sink.reject(new Rejection(SourceRef.offset(file, Math.max(0, opened.sniffed().refusalOffset()), null), opened.sniffed().refusal()));
            return;
        }
        PushbackReader body = new PushbackReader(opened.reader(), 4096);
        char[] start = new char[4096];
        int n = body.read(start);
        String startText = n <= 0 ? "" : new String(start, 0, n);
        Reader content;
        if (TREE_MARKER.matcher(startText).find()) {
            body.unread(start, 0, Math.max(0, n));
            content = new TreeMarkerReader(new LineReader(body, options.maxLineLength()));
        } else {
            int skip = 0;
            String trimmed = startText.stripLeading();
            if (trimmed.startsWith("<?xml")) {
                int end = startText.indexOf("?>");
                if (end > 0) {
                    skip = end + 2;
                }
            }
            if (n > skip) {
                body.unread(start, skip, n - skip);
            }
            // the declaration's line breaks stay, so that line numbers keep counting the file's lines
            for (int i = skip - 1; i >= 0; i--) {
                if (start[i] == '\n' || start[i] == '\r') {
                    body.unread(start[i]);
                }
            }
            content = body;
        }
        ConcatReader wrapped = new ConcatReader(new StringReader("<" + ROOT + ">"), content, new StringReader("</" + ROOT + ">"));
        new Reading(file, options, sink).run(wrapped);
    }

    /** One parse. */
    private static final class Reading {
        private final String file;
        private final ParseOptions options;
        private final RecordSink sink;
        private int emitted;
        private EventBuilder current;

        Reading(String file, ParseOptions options, RecordSink sink) {
            this.file = file;
            this.options = options;
            this.sink = sink;
        }

        void run(ConcatReader reader) {
            XMLStreamReader xml = null;
            try {
                xml = safeFactory().createXMLStreamReader(reader);
                loop(xml);
                flush(false);
                if (emitted == 0) {
                    sink.reject(new Rejection(SourceRef.line(file, 1), "no Windows event found in the XML"));
                }
            } catch (XMLStreamException e) {
                Location location = e.getLocation();
                long line = location == null ? 1 : Math.max(1, location.getLineNumber());
                // a file cut off is found at the closing tag added after its last line
                line = Math.min(line, reader.contentLines());
                flush(true);
                String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
                int detail = message.indexOf("Message: ");
                if (detail >= 0) {
                    message = message.substring(detail + "Message: ".length());
                }
                String reason = "malformed or cut-off XML (" + message.strip() + "); the events before were kept, the rest of the file was not read";
                sink.reject(new Rejection(SourceRef.line(file, line), reason));
            } finally {
                if (xml != null) {
                    try {
                        xml.close();
                    } catch (XMLStreamException e) {
                        sink.reject(new Rejection(SourceRef.line(file, 1), "closing the XML reader failed: " + e.getMessage()));
                    }
                }
            }
        }

        private void loop(XMLStreamReader xml) throws XMLStreamException {
            int depth = 0;
            while (xml.hasNext()) {
                int type = xml.next();
                switch (type) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        String name = xml.getLocalName();
                        if (name.equals(ROOT) || name.equals("Events")) {
                            continue;
                        }
                        if (name.equals("Event")) {
                            flush(false);
                            current = new EventBuilder(xml.getLocation().getLineNumber());
                        } else if (current == null) {
                            current = new EventBuilder(xml.getLocation().getLineNumber());
                        }
                        current.start(xml, name);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (current != null) {
                            current.text(xml.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        if (current != null) {
                            current.text("&" + xml.getLocalName() + ";");
                        }
                    }
                    case XMLStreamConstants.DTD -> throw new XMLStreamException("a DTD is not allowed in event XML", xml.getLocation());
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        String name = xml.getLocalName();
                        if (current != null && !name.equals(ROOT) && !name.equals("Events")) {
                            current.end(name);
                            if (name.equals("Event")) {
                                flush(false);
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        }

        private void flush(boolean cutOff) {
            if (current == null) {
                return;
            }
            EventBuilder builder = current;
            current = null;
            if (builder.eventId == null) {
                sink.reject(new Rejection(SourceRef.line(file, builder.line), cutOff
                        ? "event cut off before its EventID"
                        : "event without a readable EventID"));
                return;
            }
            WindowsEvent event = new WindowsEvent(builder.provider, builder.eventId, builder.level, builder.channel,
                    builder.computer, Timestamps.parseIso(builder.timeText, options.zone()), builder.timeText, builder.recordId,
                    java.util.Collections.unmodifiableMap(builder.data), builder.message, builder.xml.toString());
            emitted++;
            sink.accept(EventMapping.map(event, SourceRef.line(file, builder.line)));
        }
    }

    /** Collects one event's values and rebuilds its XML. */
    private static final class EventBuilder {
        final long line;
        String provider;
        Integer eventId;
        Integer level;
        String channel;
        String computer;
        String timeText;
        Long recordId;
        String message;
        final Map<String, String> data = new LinkedHashMap<>();
        final StringBuilder xml = new StringBuilder();
        private final StringBuilder text = new StringBuilder();
        private String dataName;
        private boolean inEventData;
        private boolean inUserData;
        private int unnamed;

        EventBuilder(long line) {
            this.line = line;
        }

        void start(XMLStreamReader reader, String name) {
            text.setLength(0);
            appendXml("<").appendXml(name);
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                appendXml(" ").appendXml(reader.getAttributeLocalName(i)).appendXml("=\"")
                        .appendXml(escape(reader.getAttributeValue(i))).appendXml("\"");
            }
            appendXml(">");
            switch (name) {
                case "Provider" -> {
                    String value = reader.getAttributeValue(null, "Name");
                    provider = value != null && !value.isEmpty() ? value : reader.getAttributeValue(null, "EventSourceName");
                }
                case "TimeCreated" -> timeText = reader.getAttributeValue(null, "SystemTime");
                case "EventData" -> inEventData = true;
                case "UserData" -> inUserData = true;
                case "Data" -> dataName = reader.getAttributeValue(null, "Name");
                default -> {
                }
            }
        }

        void text(String chars) {
            text.append(chars);
            appendXml(escape(chars));
        }

        void end(String name) {
            String value = text.toString().strip();
            appendXml("</").appendXml(name).appendXml(">");
            switch (name) {
                case "EventID" -> eventId = integer(value);
                case "Level" -> level = integer(value);
                case "Channel" -> channel = value.isEmpty() ? null : value;
                case "Computer" -> computer = value.isEmpty() ? null : value;
                case "EventRecordID" -> {
                    try {
                        recordId = Long.valueOf(value);
                    } catch (NumberFormatException e) {
                        recordId = null;
                    }
                }
                case "Message" -> message = value.isEmpty() ? null : value;
                case "Data" -> {
                    if (inEventData || inUserData) {
                        String key = dataName != null && !dataName.isEmpty() ? dataName : "param" + ++unnamed;
                        data.put(key, text.toString());
                    }
                    dataName = null;
                }
                case "EventData" -> inEventData = false;
                case "UserData" -> inUserData = false;
                default -> {
                    if (inUserData && !value.isEmpty()) {
                        data.put(name, value);
                    }
                }
            }
            text.setLength(0);
        }

        private EventBuilder appendXml(String s) {
            if (xml.length() < MAX_XML) {
                xml.append(s, 0, Math.min(s.length(), MAX_XML - xml.length()));
            }
            return this;
        }

        private static Integer integer(String value) {
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static String escape(String s) {
            if (s.indexOf('&') < 0 && s.indexOf('<') < 0 && s.indexOf('>') < 0 && s.indexOf('"') < 0) {
                return s;
            }
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    /** Lines with Event Viewer's {@code - } tree markers removed, line numbers kept. */
    private static final class TreeMarkerReader extends Reader {
        private final LineReader lines;
        private String pending = "";
        private int position;
        private boolean done;

        TreeMarkerReader(LineReader lines) {
            this.lines = lines;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            while (position >= pending.length()) {
                if (done) {
                    return -1;
                }
                String line = lines.readLine();
                if (line == null) {
                    done = true;
                    return -1;
                }
                String stripped = line.stripLeading();
                if (stripped.startsWith("- <")) {
                    line = stripped.substring(2);
                }
                pending = line + "\n";
                position = 0;
            }
            int n = Math.min(len, pending.length() - position);
            pending.getChars(position, position + n, cbuf, off);
            position += n;
            return n;
        }

        @Override
        public void close() {
            done = true;
        }
    }

    /** The opening tag, the file's text and the closing tag, one after another; counts the file's lines. */
    private static final class ConcatReader extends Reader {
        private final Reader[] readers;
        private int index;
        private long breaks;
        private boolean afterCr;
        private boolean lineOpen;

        ConcatReader(Reader open, Reader content, Reader close) {
            this.readers = new Reader[] {open, content, close};
        }

        /** Lines of the file's text read so far, counted as {@link LineReader} does (at least 1). */
        long contentLines() {
            return Math.max(1, breaks + (lineOpen ? 1 : 0));
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            while (index < readers.length) {
                int n = readers[index].read(cbuf, off, len);
                if (n > 0) {
                    if (index == 1) {
                        count(cbuf, off, n);
                    }
                    return n;
                }
                if (n < 0) {
                    index++;
                }
            }
            return -1;
        }

        private void count(char[] cbuf, int off, int n) {
            for (int i = off; i < off + n; i++) {
                char c = cbuf[i];
                if (c == '\n') {
                    if (!afterCr) {
                        breaks++;
                    }
                    lineOpen = false;
                } else if (c == '\r') {
                    breaks++;
                    lineOpen = false;
                } else {
                    lineOpen = true;
                }
                afterCr = c == '\r';
            }
        }

        @Override
        public void close() {
            index = readers.length;
        }
    }
}

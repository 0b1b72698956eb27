package dev.faultline.evtx.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders a decoded event (template nodes bound to substitution values) as indented XML the way
 * evtxexport prints it, and picks out the structured view on the way: provider, event id, level,
 * channel, computer, TimeCreated, EventData {@code Data} values or UserData leaf values.
 * Output size and work per record are capped, so a hostile template that repeats large values
 * cannot make it allocate without bound. Not thread-safe; one instance per decoding thread.
 */
final class EventRenderer {

    /** Maximum characters of XML rendered for one record. */
    static final int MAX_XML_CHARS = 2 * 1024 * 1024;
    /** Maximum nodes visited while rendering one record. */
    static final int MAX_NODE_VISITS = 1_000_000;
    /**
     * Maximum characters of XML rendered for all records of one chunk (real chunks render to well
     * under 1 M); bounds the memory a chunk's decoded records hold.
     */
    static final long MAX_CHUNK_XML_CHARS = 8L * 1024 * 1024;
    /** Maximum nodes visited for all records of one chunk (real chunks need well under 100,000). */
    static final long MAX_CHUNK_NODE_VISITS = 16_000_000;

    private static final int SECTION_OTHER = 0;
    private static final int SECTION_SYSTEM = 1;
    private static final int SECTION_EVENT_DATA = 2;
    private static final int SECTION_USER_DATA = 3;

    // New builders for each record (render): a builder that once took a character beyond Latin-1 (one
    // U+200E in a 6008 event's data) keeps two bytes a character for good, and every later record would
    // pay for widening each piece appended and narrowing the result again.
    private StringBuilder xml = new StringBuilder(4096);
    private StringBuilder raw = new StringBuilder(256);
    private StringBuilder attributeText = new StringBuilder(128);
    private final String[] elementNames = new String[BinXmlParser.MAX_DEPTH * 3 + 8];
    private final boolean[] capturing = new boolean[elementNames.length];
    private final boolean[] hasChildElements = new boolean[elementNames.length];
    private final int[] rawStart = new int[elementNames.length];
    private int depth;
    private int section;
    private int visits;
    private long chunkVisits;
    private long chunkXmlChars;

    private String provider;
    private int eventId;
    private int level;
    private String channel;
    private String computer;
    private Instant systemTime;
    private long eventRecordId;
    private String dataName;
    private int unnamedData;
    private Map<String, String> data;

    /** The rendered XML and structured view of one event. */
    record Rendered(String xml, String provider, int eventId, int level, String channel, String computer,
            Instant systemTime, long eventRecordId, Map<String, String> data) {
    }

    /** Starts the per-chunk budgets afresh. */
    void startChunk() {
        chunkVisits = 0;
        chunkXmlChars = 0;
    }

    Rendered render(BinXmlNode[] nodes) {
        if (chunkVisits > MAX_CHUNK_NODE_VISITS || chunkXmlChars > MAX_CHUNK_XML_CHARS) {
            throw new EvtxDamageException(-1, "chunk rendering budget used up (" + chunkVisits + " nodes, "
                    + chunkXmlChars + " characters of XML); a real chunk needs a small fraction of it");
        }
        xml = new StringBuilder(Math.max(1024, xml.length() + xml.length() / 4));
        raw = new StringBuilder(256);
        attributeText = new StringBuilder(128);
        depth = 0;
        section = SECTION_OTHER;
        visits = 0;
        provider = "";
        eventId = -1;
        level = -1;
        channel = "";
        computer = "";
        systemTime = null;
        eventRecordId = -1;
        unnamedData = 0;
        data = new LinkedHashMap<>();
        try {
            renderNodes(nodes, null, 0);
        } finally {
            chunkVisits += visits;
            chunkXmlChars += xml.length();
        }
        int length = xml.length();
        if (length > 0 && xml.charAt(length - 1) == '\n') {
            length--;
        }
        return new Rendered(xml.substring(0, length), provider, eventId, level, channel, computer, systemTime, eventRecordId, data);
    }

    private void visit() {
        if (++visits > MAX_NODE_VISITS) {
            throw new EvtxDamageException(-1, "rendering needs more than " + MAX_NODE_VISITS + " nodes");
        }
        if (xml.length() > MAX_XML_CHARS) {
            throw new EvtxDamageException(-1, "rendered XML exceeds " + MAX_XML_CHARS + " characters");
        }
    }

    private void renderNodes(BinXmlNode[] nodes, Object[] values, int indent) {
        for (BinXmlNode node : nodes) {
            renderNode(node, values, indent);
        }
    }

    // instanceof chains rather than a pattern switch: a type switch is bootstrapped (a class spun) the first
    // time it runs, which every one-off `parse` would pay
    private void renderNode(BinXmlNode node, Object[] values, int indent) {
        visit();
        if (node instanceof BinXmlNode.Element element) {
            renderElement(element, values, indent);
        } else if (node instanceof BinXmlNode.TemplateInstance instance) {
            renderNodes(instance.template(), instance.values(), indent);
        } else if (node instanceof BinXmlNode.Substitution substitution) {
            Object value = value(values, substitution.index());
            if (value instanceof FragmentValue fragment) {
                renderNodes(fragment.nodes(), null, indent);
            } else if (value != null) {
                text(valueText(value));
            }
        } else if (node instanceof BinXmlNode.Text text) {
            text(text.text());
        } else if (node instanceof BinXmlNode.CData cdata) {
            xml.append("<![CDATA[").append(cdata.text()).append("]]>");
            captureRaw(cdata.text());
        } else if (node instanceof BinXmlNode.CharRef ref) {
            xml.append("&#").append(ref.codePoint()).append(';');
            if (capturing[depth]) {
                raw.appendCodePoint(ref.codePoint());
            }
        } else if (node instanceof BinXmlNode.EntityRef ref) {
            xml.append('&').append(ref.name()).append(';');
            captureRaw(entityText(ref.name()));
        } else if (node instanceof BinXmlNode.ProcessingInstruction pi) {
            xml.append("<?").append(pi.target()).append(' ').append(pi.data()).append("?>");
        }
    }

    private static Object value(Object[] values, int index) {
        return values != null && index < values.length ? values[index] : null;
    }

    private static String valueText(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof FileTimeValue ft) {
            return ft.text();
        }
        if (value instanceof ArrayValue array) {
            return array.joined();
        }
        return "";
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isEmpty())
                || (value instanceof FragmentValue f && f.nodes().length == 0)
                || (value instanceof ArrayValue a && a.items().length == 0);
    }

    /** An element or attribute whose whole content is one optional substitution with no value is left out. */
    private static boolean isOmitted(BinXmlNode[] content, Object[] values) {
        return content.length == 1 && content[0] instanceof BinXmlNode.Substitution s && s.optional()
                && isEmpty(value(values, s.index()));
    }

    private static boolean isBlock(BinXmlNode[] children, Object[] values) {
        for (BinXmlNode child : children) {
            if (child instanceof BinXmlNode.Element || child instanceof BinXmlNode.TemplateInstance) {
                return true;
            }
            if (child instanceof BinXmlNode.Substitution s && value(values, s.index()) instanceof FragmentValue f
                    && f.nodes().length > 0) {
                return true;
            }
        }
        return false;
    }

    private void renderElement(BinXmlNode.Element element, Object[] values, int indent) {
        BinXmlNode[] children = element.children();
        if (isOmitted(children, values)) {
            return;
        }
        if (children.length == 1 && children[0] instanceof BinXmlNode.Substitution s
                && value(values, s.index()) instanceof ArrayValue array) {
            // like Windows and evtxexport: the element is repeated once per array item
            for (String item : array.items()) {
                visit();
                renderElement(new BinXmlNode.Element(element.name(), element.attributes(),
                        new BinXmlNode[] {new BinXmlNode.Text(item)}), values, indent);
            }
            return;
        }
        if (depth + 1 >= elementNames.length) {
            throw new EvtxDamageException(-1, "elements nested deeper than " + (elementNames.length - 1) + " levels");
        }
        String name = element.name();
        if (depth > 0) {
            hasChildElements[depth] = true;
        }
        depth++;
        elementNames[depth] = name;
        hasChildElements[depth] = false;
        if (depth == 2) {
            section = switch (name) {
                case "System" -> SECTION_SYSTEM;
                case "EventData" -> SECTION_EVENT_DATA;
                case "UserData" -> SECTION_USER_DATA;
                default -> SECTION_OTHER;
            };
        }
        capturing[depth] = capturesText(name);
        rawStart[depth] = raw.length();
        dataName = null;

        for (int i = 0; i < indent; i++) {
            xml.append("  ");
        }
        xml.append('<').append(name);
        for (BinXmlNode.Attribute attribute : element.attributes()) {
            renderAttribute(attribute, values);
        }
        String attributeDataName = dataName;
        if (children.length == 0) {
            xml.append("/>\n");
        } else if (isBlock(children, values)) {
            int open = xml.length();
            xml.append(">\n");
            renderNodes(children, values, indent + 1);
            if (xml.length() == open + 2) {
                xml.setLength(open);
                xml.append("/>\n");
            } else {
                for (int i = 0; i < indent; i++) {
                    xml.append("  ");
                }
                xml.append("</").append(name).append(">\n");
            }
        } else {
            int open = xml.length();
            xml.append('>');
            renderNodes(children, values, indent + 1);
            if (xml.length() == open + 1) {
                xml.setLength(open);
                xml.append("/>\n");
            } else {
                xml.append("</").append(name).append(">\n");
            }
        }
        closeElement(name, attributeDataName);
    }

    private boolean capturesText(String name) {
        return switch (section) {
            case SECTION_SYSTEM -> depth == 3 && (name.equals("EventID") || name.equals("Level")
                    || name.equals("Channel") || name.equals("Computer") || name.equals("EventRecordID"));
            case SECTION_EVENT_DATA, SECTION_USER_DATA -> depth >= 3;
            default -> false;
        };
    }

    private void closeElement(String name, String attributeDataName) {
        if (capturing[depth]) {
            String text = raw.substring(rawStart[depth]);
            raw.setLength(rawStart[depth]);
            if (section == SECTION_SYSTEM) {
                switch (name) {
                    case "EventID" -> eventId = parseInt(text);
                    case "Level" -> level = parseInt(text);
                    case "Channel" -> channel = text;
                    case "EventRecordID" -> eventRecordId = parseLong(text);
                    default -> computer = text;
                }
            } else if (section == SECTION_EVENT_DATA && depth == 3) {
                String key;
                if (name.equals("Data")) {
                    key = attributeDataName != null ? attributeDataName : "Data" + (++unnamedData);
                } else {
                    key = name;
                }
                putData(key, text);
            } else if (section == SECTION_USER_DATA && !hasChildElements[depth]) {
                putData(name, text);
            }
        }
        depth--;
        if (depth <= 1) {
            section = SECTION_OTHER;
        }
    }

    private void putData(String key, String value) {
        if (data.putIfAbsent(key, value) != null) {
            int n = 2;
            while (data.containsKey(key + "_" + n)) {
                n++;
            }
            data.put(key + "_" + n, value);
        }
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void renderAttribute(BinXmlNode.Attribute attribute, Object[] values) {
        BinXmlNode[] value = attribute.value();
        if (isOmitted(value, values)) {
            return;
        }
        attributeText.setLength(0);
        FileTimeValue fileTime = null;
        for (BinXmlNode node : value) {
            visit();
            if (node instanceof BinXmlNode.Text text) {
                attributeText.append(text.text());
            } else if (node instanceof BinXmlNode.Substitution s) {
                Object v = value(values, s.index());
                if (v instanceof FileTimeValue ft) {
                    fileTime = ft;
                }
                attributeText.append(valueText(v));
            } else if (node instanceof BinXmlNode.CharRef ref) {
                attributeText.appendCodePoint(ref.codePoint());
            } else if (node instanceof BinXmlNode.EntityRef ref) {
                attributeText.append(entityText(ref.name()));
            } else if (node instanceof BinXmlNode.CData cdata) {
                attributeText.append(cdata.text());
            }
            // (elements, templates and processing instructions cannot appear in attribute values)
        }
        String name = attribute.name();
        xml.append(' ').append(name).append("=\"");
        appendEscaped(attributeText, true);
        xml.append('"');
        if (depth == 3) {
            if (section == SECTION_SYSTEM) {
                String parent = elementNames[depth];
                if (parent.equals("Provider") && name.equals("Name")) {
                    provider = attributeText.toString();
                } else if (parent.equals("TimeCreated") && name.equals("SystemTime")) {
                    systemTime = fileTime != null ? fileTime.instant() : parseInstant(attributeText.toString());
                }
            } else if (section == SECTION_EVENT_DATA && name.equals("Name") && elementNames[depth].equals("Data")) {
                dataName = attributeText.toString();
            }
        }
    }

    private static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String entityText(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> "&" + name + ";";
        };
    }

    private void captureRaw(String s) {
        if (capturing[depth]) {
            raw.append(s);
        }
    }

    private void text(String s) {
        appendEscaped(s, false);
        captureRaw(s);
    }

    private void appendEscaped(CharSequence s, boolean attribute) {
        int length = s.length();
        int from = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (replacement != null) {
                xml.append(s, from, i).append(replacement);
                from = i + 1;
            }
        }
        xml.append(s, from, length);
    }
}

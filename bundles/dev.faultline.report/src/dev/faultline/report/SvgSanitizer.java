package dev.faultline.report;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Makes an SVG picture safe to put inline into a report: it is parsed as XML (no DTD, no external
 * entities), elements that run script or embed other documents are dropped, as are event-handler
 * attributes and links to anything but fragments of the picture itself or embedded raster images, and
 * the result is serialised again. Labels drawn from evidence text therefore stay text: a label
 * holding {@code </svg><script>} comes out as {@code &lt;/svg&gt;&lt;script&gt;}.
 */
public final class SvgSanitizer {

    private static final Set<String> DROPPED = Set.of("script", "foreignobject", "iframe", "object", "embed", "handler",
            "listener", "animate", "set", "animatemotion", "animatetransform");

    private SvgSanitizer() {
    }

    /**
     * @return the sanitised SVG element (no XML declaration)
     * @throws IllegalArgumentException when the text is not well-formed XML with an {@code svg} root
     */
    public static String sanitize(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new InputSource(new StringReader(withoutPlainDoctype(svg))));
            Element root = document.getDocumentElement();
            if (!"svg".equals(localName(root))) {
                throw new IllegalArgumentException("not an SVG picture: root element is <" + root.getNodeName() + ">");
            }
            clean(root);
            scalable(root);
            TransformerFactory transformers = TransformerFactory.newInstance();
            transformers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = transformers.newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(root), new StreamResult(out));
            return out.toString();
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("not a well-formed SVG picture: " + e.getMessage(), e);
        }
    }

    /**
     * SVG writers put a plain {@code <!DOCTYPE svg PUBLIC ...>} in front of the picture: it is dropped (it
     * would only name the external DTD, which is never read). A doctype with an internal subset (entity
     * declarations) stays, and the parser refuses it.
     */
    private static String withoutPlainDoctype(String svg) {
        return svg.replaceFirst("<!DOCTYPE[^\\[>]*>", "");
    }

    private static void clean(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        List<Attr> remove = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = localName(attribute);
            String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
            if (name.startsWith("on") || isLink(name) && !(value.startsWith("#") || value.startsWith("data:image/png")
                    || value.startsWith("data:image/jpeg") || value.startsWith("data:image/gif"))
                    || value.contains("javascript:") || "style".equals(name) && value.contains("url(")) {
                remove.add(attribute);
            }
        }
        remove.forEach(element::removeAttributeNode);
        List<Node> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            if (child instanceof Element e) {
                if (DROPPED.contains(localName(e))) {
                    element.removeChild(e);
                } else {
                    clean(e);
                }
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE || child.getNodeType() == Node.COMMENT_NODE) {
                element.removeChild(child);
            }
        }
        if ("style".equals(localName(element)) && element.getTextContent().toLowerCase(Locale.ROOT).matches("(?s).*(url\\(|@import|expression\\().*")) {
            element.getParentNode().removeChild(element);
        }
    }

    /** A picture with a width and height but no view box gets one, so a page can scale it instead of clipping it. */
    private static void scalable(Element root) {
        String width = root.getAttribute("width").replace("px", "").strip();
        String height = root.getAttribute("height").replace("px", "").strip();
        if (root.getAttribute("viewBox").isEmpty() && width.matches("[0-9.]+") && height.matches("[0-9.]+")) {
            root.setAttribute("viewBox", "0 0 " + width + " " + height);
        }
    }

    private static boolean isLink(String name) {
        return "href".equals(name) || "src".equals(name);
    }

    private static String localName(Node node) {
        String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        int colon = name.indexOf(':');
        return (colon < 0 ? name : name.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }
}

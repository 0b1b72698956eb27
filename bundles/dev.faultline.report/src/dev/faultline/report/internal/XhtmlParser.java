package dev.faultline.report.internal;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import dev.faultline.report.ReportException;

/**
 * Reads the XHTML the PDF templates made. Characters XML cannot hold (control characters an evidence file may
 * contain) become U+FFFD first; no DTD or other external entity is loaded. A template that makes XHTML which is not
 * well-formed is named with the line and column of the XHTML and the text there.
 */
final class XhtmlParser {

    private XhtmlParser() {
    }

    static Document parse(String xhtml, String template) throws ReportException {
        String text = xmlCharactersOnly(xhtml);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // not an error
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new ReportException(template + " made XHTML that is not well-formed, line " + e.getLineNumber() + " column "
                    + e.getColumnNumber() + " of the XHTML: " + e.getMessage() + near(text, e.getLineNumber()), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ReportException(template + " made XHTML that cannot be read: " + e.getMessage(), e);
        }
    }

    private static String near(String text, int line) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return "";
        }
        String at = lines[line - 1].strip();
        return " (near: " + (at.length() > 160 ? at.substring(0, 160) + "…" : at) + ")";
    }

    /** {@code text} with every character XML 1.0 does not allow replaced by U+FFFD. */
    static String xmlCharactersOnly(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
                if (pair) {
                    out.append(text.charAt(++i));
                }
            } else if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}

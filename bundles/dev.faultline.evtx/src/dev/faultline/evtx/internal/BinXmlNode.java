package dev.faultline.evtx.internal;

/**
 * One node of a decoded binary-XML token stream. Template definitions are decoded once per chunk
 * into trees of these nodes; records bind them to their substitution values.
 */
sealed interface BinXmlNode {

    /** An element with its attributes and content. */
    record Element(String name, Attribute[] attributes, BinXmlNode[] children) implements BinXmlNode {
    }

    /** An attribute; its value is a sequence of text, reference and substitution nodes. */
    record Attribute(String name, BinXmlNode[] value) {
    }

    /** Literal character data (unescaped). */
    record Text(String text) implements BinXmlNode {
    }

    /** A CDATA section. */
    record CData(String text) implements BinXmlNode {
    }

    /** A character reference ({@code &#NNN;}). */
    record CharRef(int codePoint) implements BinXmlNode {
    }

    /** An entity reference ({@code &name;}). */
    record EntityRef(String name) implements BinXmlNode {
    }

    /** A processing instruction. */
    record ProcessingInstruction(String target, String data) implements BinXmlNode {
    }

    /** A placeholder for substitution value {@code index}; optional ones vanish when the value is empty. */
    record Substitution(int index, int valueType, boolean optional) implements BinXmlNode {
    }

    /** A template bound to its substitution values (values as decoded by {@link ValueDecoder}). */
    record TemplateInstance(BinXmlNode[] template, Object[] values) implements BinXmlNode {
    }
}

package dev.faultline.evtx.internal;

/** A substitution value that is itself binary XML (type 0x21), already decoded. */
record FragmentValue(BinXmlNode[] nodes) {
}

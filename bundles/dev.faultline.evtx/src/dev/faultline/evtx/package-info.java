/**
 * A pure-Java reader for Windows XML Event Log files (.evtx), written from the published
 * description of the format: file header, 64 KiB chunks with their string and template tables,
 * event records, the binary XML token stream, templates with substitutions and every value type.
 *
 * <p>{@link dev.faultline.evtx.EvtxReader} streams {@link dev.faultline.evtx.EvtxRecord}s in file
 * order (or decodes chunks in parallel), reports damage as {@link dev.faultline.evtx.EvtxProblem}s
 * and keeps reading; {@link dev.faultline.evtx.EvtxJson} writes a record as the JSON line of
 * {@code faultline parse --format evtx --json}. The rendered XML is the one
 * {@code evtxexport -f xml} prints (see {@code releng/evtx/PEER-DIFFERENCES.md}). No dependencies
 * beyond the JDK.
 */
package dev.faultline.evtx;

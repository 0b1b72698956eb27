/**
 * Reading evidence files, headless: the {@link dev.faultline.core.formats.FormatParser} API, the
 * {@link dev.faultline.core.formats.Formats} registry (lookup by id, detection by content), and the
 * helpers every format shares — text decoding ({@link dev.faultline.core.formats.TextDecoding}),
 * bounded lines ({@link dev.faultline.core.formats.LineReader}), CSV rows
 * ({@link dev.faultline.core.formats.CsvReader}, Apache Commons CSV), JSON Lines
 * ({@link dev.faultline.core.formats.JsonLines}, Jackson), timestamps and hex spelling.
 * <p>
 * A parser streams a file into a {@link dev.faultline.core.formats.RecordSink}: typed
 * {@link dev.faultline.core.formats.ParsedRecord}s (each yields its generic
 * {@link dev.faultline.core.evidence.EvidenceRecord}) and
 * {@link dev.faultline.core.formats.Rejection}s citing file and line. One sub-package per format.
 */
package dev.faultline.core.formats;

/**
 * Decoding internals of the EVTX reader: chunk validation, the binary XML parser with its
 * per-chunk name and template caches, value formatting, XML rendering with the structured view,
 * and {@link dev.faultline.evtx.internal.EvtxDumpMain}, the dump used by the peer comparison and
 * the benchmark. Not API.
 */
package dev.faultline.evtx.internal;

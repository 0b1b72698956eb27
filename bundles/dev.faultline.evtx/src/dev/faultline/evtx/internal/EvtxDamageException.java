package dev.faultline.evtx.internal;

/**
 * Structural damage found while decoding a chunk or record. Thrown inside the decoder and turned
 * into an {@code EvtxProblem} by {@link ChunkDecoder}; it never escapes the reader.
 */
public final class EvtxDamageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int chunkOffset;

    /**
     * @param chunkOffset offset inside the 64 KiB chunk where the damage was seen
     * @param reason      what was wrong
     */
    public EvtxDamageException(int chunkOffset, String reason) {
        super(reason, null, false, false);
        this.chunkOffset = chunkOffset;
    }

    /** @return offset inside the chunk where the damage was seen */
    public int chunkOffset() {
        return chunkOffset;
    }
}

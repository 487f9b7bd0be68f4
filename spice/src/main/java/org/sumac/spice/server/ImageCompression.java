package org.sumac.spice.server;

/** Which image encoding the server prefers (like Xspice's --image-compression); falls back to what works. */
public enum ImageCompression {
    /** LZ4 for clients that advertise it, else LZ, else raw; a client's PREFERRED_COMPRESSION wins. */
    AUTO,
    /** Raw 32-bit bitmaps only. */
    OFF,
    /** LZ4 when the client can decode it, else as AUTO without LZ4. */
    LZ4,
    /** SPICE LZ (what spice-html5 decodes), else raw. */
    LZ,
    /** QUIC when available, else as AUTO. */
    QUIC
}

package org.sumac.x11.server;

/** Anything a client names by an XID: windows, pixmaps, GCs, fonts, cursors, colormaps, ... */
public interface Resource {
    int id();

    /** Releases what the resource holds when it is freed or its client goes away. */
    default void free(XServer server) { }
}

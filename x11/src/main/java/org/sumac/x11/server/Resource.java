package org.sumac.x11.server;

/** Anything a client names by an XID: windows, pixmaps, GCs, fonts, cursors, colormaps, ... */
public interface Resource {
    int id();

    /** Releases what the resource holds when it is freed or its client goes away. */
    default void free(XServer server) { }

    /**
     * Heap bytes the resource holds, charged to its client's memory budget while it exists. The default is a rough
     * size of a small server object with its maps and regions: a client may create two million resources, and
     * two million windows would otherwise fill the heap unnoticed.
     */
    default long memoryCost() { return 512; }
}

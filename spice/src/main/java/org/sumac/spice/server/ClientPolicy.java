package org.sumac.spice.server;

/** What happens when a second client links its MAIN channel while one is connected. */
public enum ClientPolicy {
    /** The new client replaces the connected one, which is told why and disconnected (Xspice behaviour). */
    REPLACE_OLD,
    /** The first client stays; others are refused with link error ERROR. */
    KEEP_FIRST
}

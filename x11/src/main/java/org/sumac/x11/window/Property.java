package org.sumac.x11.window;

import org.sumac.x11.server.MemoryBudget;

/**
 * A window property: type atom, format 8/16/32 and its bytes (format 16/32 values stored LSB first), with what the
 * client that stored it was charged (null for the server's own properties). The charge outlives the client: a
 * property on the root window stays when its client leaves, and so does its weight in the display's budget.
 */
public record Property(int type, int format, byte[] data, MemoryBudget.Charge charge) {
    public Property(int type, int format, byte[] data) { this(type, format, data, null); }

    public int units() { return format == 0 ? 0 : data.length / (format / 8); }

    /** The heap a property of n bytes holds: the bytes, the record and its map entry. */
    public static long memoryCost(long n) { return n + 96; }

    /** Gives the memory back once the property is deleted, replaced or its window destroyed. */
    public void release() { if (charge != null) charge.release(); }
}

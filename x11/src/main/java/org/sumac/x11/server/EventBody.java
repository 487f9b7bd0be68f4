package org.sumac.x11.server;

import org.sumac.x11.protocol.ReplyWriter;

/**
 * Writes bytes 4..31 of an event for one recipient (after code, detail and sequence number), so
 * the same event can be encoded in each recipient's byte order.
 */
@FunctionalInterface
public interface EventBody {
    void write(ReplyWriter w);
}

package org.sumac.x11.protocol;

/**
 * A generated generic event (X Generic Event Extension: XInput 2, Present), of any length: code 35,
 * the extension's major opcode, sequence, length, event type, then the fields from byte 10.
 */
public interface XgeEvent {
    /** The event type (xcb-proto's number), bytes 8..9. */
    int eventType();

    /** Writes the fields, from byte 10 of the event on. */
    void write(ReplyWriter w);

    /**
     * Writes the whole event at the writer's position: at least 32 bytes, a multiple of 4, its length
     * field (bytes 4..7) counting the 4-byte units beyond 32.
     */
    default void writeEvent(ReplyWriter w, int majorOpcode, int sequence) {
        int start = w.size();
        w.u8(35).u8(majorOpcode).u16(sequence).i32(0).u16(eventType());
        write(w);
        if (w.size() - start < 32) w.zeros(32 - (w.size() - start));
        w.zeros(-(w.size() - start) & 3);
        w.putI32(start + 4, (w.size() - start - 32) / 4);
    }
}

package org.sumac.spice.codec;

/**
 * An encoded image ready for the wire.
 *
 * @param imageType the SpiceImageType number for the descriptor's {@code type} field
 * @param data exactly the bytes that follow the 18-byte SpiceImageDescriptor (u64 id, u8 type,
 *     u8 flags, u32 width, u32 height) in the message body
 * @param relativePointerAt where in {@code data} a u32 LE SPICE pointer sits whose value counts from the start
 *     of {@code data}; the message writer adds the position of {@code data} in the body (SPICE pointers count
 *     from the body start). -1: none
 */
public record EncodedImage(int imageType, byte[] data, int relativePointerAt) {
    public EncodedImage(int imageType, byte[] data) {
        this(imageType, data, -1);
    }

    /** The value of the pointer at {@link #relativePointerAt()}: an offset from the start of {@code data}. */
    public int relativePointer() {
        int at = relativePointerAt;
        return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8 | (data[at + 2] & 0xFF) << 16 | (data[at + 3] & 0xFF) << 24;
    }
}

package org.sumac.spice.codec;

/**
 * An encoded image ready for the wire.
 *
 * @param imageType the SpiceImageType number for the descriptor's {@code type} field
 * @param data exactly the bytes that follow the 18-byte SpiceImageDescriptor (u64 id, u8 type,
 *     u8 flags, u32 width, u32 height) in the message body
 */
public record EncodedImage(int imageType, byte[] data) {}

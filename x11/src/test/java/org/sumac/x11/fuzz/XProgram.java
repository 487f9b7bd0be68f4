package org.sumac.x11.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;

/**
 * What one fuzz input sends to a display: a byte order, a connection setup (well-formed most of the time, so
 * requests get through) and a sequence of requests of any major opcode (core 0-127, extensions 128-143), each
 * framed with a length that matches the bytes sent so the stream stays in step. Request words are drawn either
 * raw or from the values a server knows (this client's resource ids, the root, the default colormap and
 * visual), which lets the fuzzer reach past the id checks.
 *
 * @param systemFonts     the display reads the system's font directories (1 in 8), else only its built-in fonts:
 *                        parsing them again for each fresh display would take most of the time
 * @param setupWellFormed false when the setup itself was fuzzed: the server may refuse or wait, no request follows
 * @param requests        how many fuzzed requests {@code bytes} holds after the setup; a GetInputFocus follows
 * @param killsClients    whether a KillClient is among them (the server may then close this connection)
 * @param setsCloseDownMode whether a SetCloseDownMode is among them (resources may then outlive the client)
 * @param listing         the requests as major.minor[length in words], for failure messages
 */
record XProgram(boolean msbFirst, boolean systemFonts, byte[] bytes, boolean setupWellFormed, int requests,
                boolean killsClients, boolean setsCloseDownMode, String listing) {
    static final int ROOT = 0x42, COLORMAP = 0x20, VISUAL = 0x21;
    static final int MAX_REQUESTS = 48;
    /** The first client of a fresh display gets index 1, so its ids start here. */
    static final int ID_BASE = 1 << 21;
    static final int BIG_REQUESTS = 133;

    /** Each core request's fixed part in 4-byte units (0: no such request), from the protocol's encoding. */
    private static final int[] CORE_UNITS = {
        0, 8, 3, 2, 2, 2, 2, 4, 2, 2, 2, 2, 3, 2, 2, 2, 2, 2, 6, 3, 6, 2, 4, 2, 6, 11, 6, 2, 6, 3, 4, 4,
        2, 4, 3, 2, 1, 1, 2, 4, 4, 6, 3, 1, 1, 3, 2, 2, 2, 2, 2, 2, 1, 4, 2, 4, 3, 4, 3, 3, 2, 4, 7, 8,
        3, 3, 3, 3, 3, 4, 3, 3, 6, 5, 4, 4, 4, 4, 4, 2, 3, 2, 2, 2, 4, 3, 3, 4, 3, 2, 4, 2, 3, 8, 8, 2,
        5, 3, 2, 1, 2, 2, 2, 1, 1, 3, 1, 3, 1, 2, 1, 1, 1, 2, 3, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1
    };

    static XProgram from(FuzzedDataProvider data) {
        boolean msb = data.consumeBoolean();
        boolean systemFonts = data.consumeInt(0, 7) == 0;
        Out out = new Out(msb);
        if (data.consumeInt(0, 31) == 0) {
            // A fuzzed setup: any byte-order byte, protocol version and authorization lengths.
            out.u8(data.consumeBoolean() ? (msb ? 'B' : 'l') : data.consumeByte()).u8(0);
            out.u16(data.consumeBoolean() ? 11 : data.consumeInt(0, 0xffff)).u16(data.consumeInt(0, 0xffff));
            out.u16(data.consumeInt(0, 64)).u16(data.consumeInt(0, 64)).u16(0);
            out.raw(data.consumeBytes(data.consumeInt(0, 200)));
            return new XProgram(msb, systemFonts, out.toByteArray(), false, 0, false, false, "fuzzed setup");
        }
        out.u8(msb ? 'B' : 'l').u8(0).u16(11).u16(0);
        if (data.consumeInt(0, 7) == 0) {
            // An authorization the display does not ask for: ignored on a display without cookies.
            byte[] name = "MIT-MAGIC-COOKIE-1".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            byte[] cookie = data.consumeBytes(16);
            out.u16(name.length).u16(cookie.length).u16(0).raw(name).pad(name.length).raw(cookie).pad(cookie.length);
        } else {
            out.u16(0).u16(0).u16(0);
        }
        int count = 0;
        boolean big = false, kills = false, closeDown = false;
        StringBuilder listing = new StringBuilder(msb ? "MSB first:" : "LSB first:");
        while (count < MAX_REQUESTS && data.remainingBytes() > 0) {
            int op = opcode(data.consumeByte() & 0xff);
            int detail = data.consumeByte() & 0xff;
            // Mostly the request's own length, or its fixed part and a list: past the length checks to the handler.
            int fixed = op < 128 && CORE_UNITS[op] > 0 ? CORE_UNITS[op] - 1 : -1;
            int words = switch (data.consumeInt(0, 15)) {
                case 0, 1, 2, 3, 4, 5 -> fixed >= 0 ? fixed : data.consumeInt(0, 24);
                case 6, 7, 8, 9 -> fixed >= 0 ? fixed + data.consumeInt(0, 24) : data.consumeInt(0, 24);
                case 10, 11, 12, 13, 14 -> data.consumeInt(0, 24);
                default -> data.consumeInt(0, 1024); // rarely: a long one eats most of the input
            };
            boolean bigForm = big && data.consumeInt(0, 15) == 0;
            out.u8(op).u8(detail);
            if (bigForm) out.u16(0).u32(words + 2); else out.u16(words + 1);
            for (int i = 0; i < words; i++) word(data, out);
            count++;
            if (op == BIG_REQUESTS && detail == 0 && words == 0) big = true;
            kills |= op == 113;
            closeDown |= op == 112;
            listing.append(' ').append(op).append('.').append(detail).append(bigForm ? "[big " : "[").append(words + 1).append(']');
        }
        out.u8(43).u8(0).u16(1); // GetInputFocus: the round trip that shows the display still answers
        return new XProgram(msb, systemFonts, out.toByteArray(), true, count, kills, closeDown, listing.toString());
    }

    /** Most bytes name a core request, the rest the extension range (registered or not). */
    private static int opcode(int b) {
        return b < 0xe0 ? b % 128 : 128 + (b & 0x0f);
    }

    private static void word(FuzzedDataProvider data, Out out) {
        int tag = data.consumeInt(0, 31);
        if (tag < 12) out.u32(ID_BASE | tag);
        else switch (tag) {
            case 12 -> out.u32(ROOT);
            case 13 -> out.u32(COLORMAP);
            case 14 -> out.u32(VISUAL);
            case 15 -> out.u32(0);
            // Two small 16-bit values: coordinates, sizes, counts.
            case 16, 17, 18 -> out.u16(data.consumeInt(-8, 300)).u16(data.consumeInt(-8, 300));
            case 19 -> { // text: names, strings
                byte[] text = data.consumeBytes(4);
                out.raw(text).raw(new byte[4 - text.length]);
            }
            default -> out.u32(data.consumeInt());
        }
    }

    /** Bytes in the client's byte order. */
    private static final class Out extends ByteArrayOutputStream {
        private final boolean msb;

        Out(boolean msb) { this.msb = msb; }

        Out u8(int v) { write(v); return this; }

        Out u16(int v) {
            if (msb) { write(v >> 8); write(v); } else { write(v); write(v >> 8); }
            return this;
        }

        Out u32(long v) {
            if (msb) { u16((int) (v >> 16)); u16((int) v); } else { u16((int) v); u16((int) (v >> 16)); }
            return this;
        }

        Out raw(byte[] b) { writeBytes(b); return this; }

        /** Rewrites the word at {@code at} to this client's first id when it names the server's (client 0's). */
        Out pad(int n) { for (int i = n; (i & 3) != 0; i++) write(0); return this; }
    }
}

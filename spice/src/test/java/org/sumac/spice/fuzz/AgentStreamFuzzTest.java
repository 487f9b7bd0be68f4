package org.sumac.spice.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.sumac.spice.agent.AgentStreamDecoder;
import org.sumac.spice.agent.VdAgent;
import org.sumac.spice.wire.ProtocolException;

/**
 * Fuzzes the agent stream decoder against a reference reading of the same bytes: a VDAgentMessage stream (mostly
 * well-formed records, some with a wrong protocol or an oversized length) cut into AGENT_DATA bodies of any size.
 * The decoder must deliver exactly the records the whole stream holds, and refuse it exactly when the reference
 * meets a bad header.
 */
class AgentStreamFuzzTest {
    private static final int MAX_RECORD = 4096;
    private final FuzzReport report = new FuzzReport("spice agent stream");

    @AfterEach
    void summary() { report.print(); }

    @FuzzTest(maxDuration = "60s")
    void agentStreamCutAnywhereDecodesAsAWhole(FuzzedDataProvider data) {
        report.executed();
        ByteBuf stream = Unpooled.buffer();
        int records = data.consumeInt(0, 8);
        for (int i = 0; i < records && data.remainingBytes() > 0; i++) {
            byte[] body = data.consumeBytes(data.consumeInt(0, 3) == 0 ? data.consumeInt(0, 6000) : data.consumeInt(0, 64));
            stream.writeIntLE(data.consumeInt(0, 15) == 0 ? data.consumeInt() : VdAgent.PROTOCOL);
            stream.writeIntLE(data.consumeInt(0, 20)).writeLongLE(data.consumeLong());
            stream.writeIntLE(data.consumeInt(0, 15) == 0 ? data.consumeInt() : body.length).writeBytes(body);
        }
        byte[] bytes = new byte[stream.readableBytes()];
        stream.readBytes(bytes);
        stream.release();

        List<String> expected = new ArrayList<>();
        boolean expectRefusal = reference(bytes, expected);

        AgentStreamDecoder decoder = new AgentStreamDecoder(MAX_RECORD);
        List<String> got = new ArrayList<>();
        boolean refused = false;
        int at = 0;
        while (at < bytes.length && !refused) {
            int n = Math.min(bytes.length - at, data.remainingBytes() > 0 ? data.consumeInt(1, 3000) : bytes.length);
            ByteBuf body = Unpooled.wrappedBuffer(bytes, at, n);
            try {
                decoder.feed(body, (type, record) -> got.add(type + ":" + HexFormat.of().formatHex(record)));
                assertTrue(!body.isReadable(), "an AGENT_DATA body is consumed whole");
            } catch (ProtocolException e) {
                refused = true;
            } finally {
                body.release();
            }
            at += n;
        }
        assertEquals(expected, got, "records");
        assertEquals(expectRefusal, refused, "refused");
    }

    /** Reads the whole stream at once; true when it meets a header the decoder must refuse. */
    private static boolean reference(byte[] bytes, List<String> records) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        while (b.remaining() >= VdAgent.HEADER_SIZE) {
            long protocol = b.getInt() & 0xFFFFFFFFL;
            int type = b.getInt();
            b.getLong();
            long size = b.getInt() & 0xFFFFFFFFL;
            if (protocol != VdAgent.PROTOCOL || size > MAX_RECORD) return true;
            if (b.remaining() < size) return false;
            byte[] record = new byte[(int) size];
            b.get(record);
            records.add(type + ":" + HexFormat.of().formatHex(record));
        }
        return false;
    }
}

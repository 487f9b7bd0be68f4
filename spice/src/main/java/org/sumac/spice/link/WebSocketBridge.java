package org.sumac.spice.link;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.MessageToMessageCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.util.List;

/**
 * SPICE over WebSocket on the plain port, as the C server offers it for spice-html5: an HTTP upgrade on any
 * path with subprotocol "binary", then the ordinary SPICE byte stream carried in binary frames (split and merged
 * freely). Installed by {@link LinkHandler} when a connection starts with "GET ".
 */
final class WebSocketBridge {
    private WebSocketBridge() {}

    static boolean startsWithGet(ByteBuf in) {
        return in.readableBytes() >= 4 && in.getByte(in.readerIndex()) == 'G' && in.getByte(in.readerIndex() + 1) == 'E'
                && in.getByte(in.readerIndex() + 2) == 'T' && in.getByte(in.readerIndex() + 3) == ' ';
    }

    /** Puts the HTTP/WebSocket handlers in front of a fresh link handler named {@code linkName}. */
    static void install(ChannelPipeline pipeline, String linkName) {
        WebSocketServerProtocolConfig config = WebSocketServerProtocolConfig.newBuilder()
                .websocketPath("/")
                .checkStartsWith(true)
                .subprotocols("binary")
                .maxFramePayloadLength(1 << 20)
                .handleCloseFrames(true)
                .build();
        pipeline.addBefore(linkName, "ws-http", new HttpServerCodec());
        pipeline.addBefore(linkName, "ws-aggregate", new HttpObjectAggregator(16 << 10));
        pipeline.addBefore(linkName, "ws-protocol", new WebSocketServerProtocolHandler(config));
        pipeline.addBefore(linkName, "ws-frames", new FrameCodec());
    }

    /** Binary frames in, SPICE bytes out; SPICE bytes in, binary frames out. */
    static final class FrameCodec extends MessageToMessageCodec<WebSocketFrame, ByteBuf> {
        @Override
        protected void encode(ChannelHandlerContext ctx, ByteBuf msg, List<Object> out) {
            out.add(new BinaryWebSocketFrame(msg.retain()));
        }

        @Override
        protected void decode(ChannelHandlerContext ctx, WebSocketFrame frame, List<Object> out) {
            if (frame instanceof BinaryWebSocketFrame || frame instanceof io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame) {
                out.add(frame.content().retain());
            }
            // Text frames carry nothing SPICE understands; ping/pong/close are handled by the protocol handler.
        }
    }
}

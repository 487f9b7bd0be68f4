package org.sumac.spice.server;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.util.concurrent.ThreadFactory;

/**
 * Which of Netty's socket transports the host's event loops use: Linux's epoll through Netty's native library
 * where it loads, the JDK's selectors otherwise. Epoll is chosen for latency: a frame's hand-off to the event loop
 * and its write are shorter native calls, with no selector or socket-channel code for the JIT to compile while the
 * first client watches (bench/README.md, "The native transport").
 */
enum SocketTransport {
    EPOLL, NIO;

    /** Epoll where Netty's native library loads on this machine, else NIO. */
    static SocketTransport best() {
        return Epoll.isAvailable() ? EPOLL : NIO;
    }

    EventLoopGroup eventLoops(int threads, ThreadFactory factory) {
        return switch (this) {
            case EPOLL -> new EpollEventLoopGroup(threads, factory);
            case NIO -> new NioEventLoopGroup(threads, factory);
        };
    }

    Class<? extends ServerChannel> serverChannel() {
        return switch (this) {
            case EPOLL -> EpollServerSocketChannel.class;
            case NIO -> NioServerSocketChannel.class;
        };
    }

    /** Why epoll is not in use, for the log; empty when it is. */
    static String whyNotEpoll() {
        Throwable cause = Epoll.unavailabilityCause();
        return cause == null ? "" : String.valueOf(cause.getMessage());
    }
}

/** The SPICE server library: serves any framebuffer source and any input sink, knows nothing of X. */
module org.sumac.spice {
    requires java.desktop; // image encoders
    requires java.management;
    requires jdk.management; // the process's descriptor count, for connection limits
    requires org.slf4j;
    requires io.netty.buffer;
    requires io.netty.common;
    requires io.netty.transport;
    requires io.netty.transport.classes.epoll; // the native transport where the platform has it
    requires io.netty.handler;
    requires io.netty.codec;
    requires io.netty.codec.http;
    requires org.lz4.java;

    exports org.sumac.spice.agent;
    exports org.sumac.spice.audio;
    exports org.sumac.spice.channel;
    exports org.sumac.spice.channel.cursor;
    exports org.sumac.spice.channel.display;
    exports org.sumac.spice.channel.inputs;
    exports org.sumac.spice.channel.main;
    exports org.sumac.spice.codec;
    exports org.sumac.spice.demo;
    exports org.sumac.spice.link;
    exports org.sumac.spice.server;
    exports org.sumac.spice.wire;
}

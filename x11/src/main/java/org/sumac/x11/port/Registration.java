package org.sumac.x11.port;

/** An observer's registration with a {@link DisplayPort}; closing it stops the calls (takes the display lock). */
@FunctionalInterface
public interface Registration extends AutoCloseable {
    @Override
    void close();
}

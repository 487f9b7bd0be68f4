package org.sumac.x11.port;

/** Hears screen-size and monitor changes (declared for RANDR and the agent's monitors config). */
@FunctionalInterface
public interface ScreenLayoutObserver {
    void layoutChanged(ScreenLayout layout);
}

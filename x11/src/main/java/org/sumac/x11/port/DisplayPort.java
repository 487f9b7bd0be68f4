package org.sumac.x11.port;

/**
 * What the remote side of a display may do with it: observe the screen, read its pixels, inject input, observe the
 * cursor and lock LEDs, bridge selections and follow the screen size. Each method takes
 * the display lock itself; observers are called under it and must only record.
 */
public interface DisplayPort {
    /**
     * Observes every change of the screen's pixels from now on (damage, copies, fills, frame complete), raised where
     * pixels are written, whatever request or event wrote them.
     */
    Registration observeScreen(ScreenObserver observer);

    /** Reads the screen's pixels (a consistent snapshot of the damaged areas). */
    FramebufferReader framebuffer();

    /** Injects pointer and keyboard input as physical devices would (SPICE, VNC). */
    InputInjector input();

    /**
     * Observes the pointer's cursor, X-made pointer moves (WarpPointer) and the lock LEDs. The observer first hears the
     * current cursor and lock state, under the same lock hold as the registration, so no change falls between.
     */
    Registration observePointer(PointerObserver observer);

    /**
     * Connects the remote side's clipboard with X selections (CLIPBOARD, PRIMARY): the display converts selections
     * for it and answers X clients with its data, as a hidden window of the server's own. One bridge at a time.
     *
     * @throws IllegalStateException if a bridge is already connected
     */
    SelectionBridge.Local bridgeSelections(SelectionBridge remote);

    /** The screen's current size and monitors. */
    ScreenLayout screenLayout();

    /**
     * Observes screen-size and monitor changes (RANDR, or a remote resize). The observer first hears the current
     * layout. Sizes do not change yet, so that is all it hears for now.
     */
    Registration observeScreenLayout(ScreenLayoutObserver observer);

    /**
     * Asks for a new screen size and monitor layout (the SPICE agent's monitors config): the screen takes the
     * layout's size, each monitor shows its rectangle (with RANDR, one output and CRTC per monitor). Monitors should
     * lie inside the screen, which should not exceed {@link #maximumScreenSize}.
     *
     * @return whether the display applies it (observers then hear the new layout)
     */
    default boolean requestScreenLayout(ScreenLayout wanted) {
        return false;
    }

    /** The largest screen {@link #requestScreenLayout} takes (RANDR's screen size range). */
    default ScreenLayout.Size maximumScreenSize() {
        return new ScreenLayout.Size(0, 0);
    }
}

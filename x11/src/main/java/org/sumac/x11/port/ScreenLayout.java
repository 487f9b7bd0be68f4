package org.sumac.x11.port;

import java.util.List;

/** The screen's size and the monitors that show parts of it (one covering it all until RANDR exists). */
public record ScreenLayout(int width, int height, List<Monitor> monitors) {
    public ScreenLayout {
        monitors = List.copyOf(monitors);
    }

    /** One monitor's rectangle of the screen. */
    public record Monitor(int x, int y, int width, int height) { }

    /** A width and height in pixels (the largest screen a layout may ask for). */
    public record Size(int width, int height) { }
}

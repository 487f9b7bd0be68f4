package org.sumac.x11.render;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Starts one Xvfb per test class and compares scenes drawn there and by Sumac. */
abstract class OracleTestBase {
    static XvfbOracle oracle;

    @BeforeAll
    static void startXvfb() throws Exception {
        assumeTrue(XvfbOracle.available(), "Xvfb and python3-xlib are required");
        oracle = XvfbOracle.start();
    }

    @AfterAll
    static void stopXvfb() {
        if (oracle != null) oracle.close();
        oracle = null;
    }

    SceneRenderer renderer() {
        return new SceneRenderer();
    }

    void assertSameAsXvfb(String what, Scene scene) throws Exception {
        int[] expected = oracle.render(scene);
        int[] actual = renderer().render(scene);
        assertNull(XvfbOracle.diff(expected, actual, scene.width, scene.height, XvfbOracle.compareMask(scene.depth)),
            what);
    }

    /** Pixel values that exercise all bits of a depth. */
    static int color(int depth, int i) {
        int[] c = {0x00ff8040, 0x123456, 0xa5c3e1, 0x7f00ff, 0xffffff, 0x000001, 0x80808080, 0xdeadbeef};
        int v = c[Math.floorMod(i, c.length)];
        return depth == 1 ? (i & 1) : depth == 8 ? v & 0xff : v;
    }
}

package org.sumac.app.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.ScriptComparison;

/**
 * DOUBLE-BUFFER against Xvfb (issue 14): a raw-protocol script (dbe_buffers.py) runs on both servers and must print
 * the same lines: versions and visual info, back buffers drawn on through two names, SwapBuffers with each swap action
 * (pixels compared by their hash), resizes by bit gravity, buffers gone with their window, and the errors of bad input.
 */
class DbeTest {
    @Test
    void backBuffersSwapsAndErrorsAreThoseOfXvfb() {
        String out = ScriptComparison.onXvfbAndSumac(Path.of("src/test/resources/core/dbe_buffers.py"));
        assertTrue(out.contains("visual info of the screens [[(33, 24, 0), (34, 24, 0), (64, 32, 0)]]")
            && out.contains("swap untouched: ok")
            && out.contains("swap of 2^28 actions: ['BadAlloc minor 3']")
            && out.contains("deallocate a window: ['BadBuffer w minor 2']")
            && out.contains("attributes of back once w is destroyed None"), out);
    }
}

package org.sumac.app.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.ScriptComparison;

/**
 * XFIXES 5 compared with Xvfb: python-xlib scripts (raw requests, src/test/resources/xfixes) run on both servers
 * and must print the same lines, errors included.
 */
class XFixesTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/xfixes");

    private static String onXvfbAndSumac(String script, String... serverArgs) {
        return ScriptComparison.onXvfbAndSumac(SCRIPTS.resolve(script), serverArgs);
    }

    @Test
    void regionSetOperationsSourcesAndErrorsAreThoseOfXvfb() {
        String out = onXvfbAndSumac("xfixes_regions.py");
        assertTrue(out.contains("union ok extents 0,0+150x210 [0,0+100x25 0,25+150x25 20,50+130x25 20,75+30x135]")
            && out.contains("from bitmap ok extents 2,1+11x6 [2,1+5x1 2,2+5x2 10,2+3x2 10,4+3x3]")
            && out.contains("from gc without clip BadMatch()")
            && out.contains("shape bad region BadRegion(0x1234)")
            && out.contains("after it left BadRegion("), out);
    }

    @Test
    void selectionAndCursorNotifyCursorsHidingSaveSetsAndBarriersAreThoseOfXvfb() {
        String out = onXvfbAndSumac("xfixes_events.py");
        assertTrue(out.contains("owner window destroyed: ['SetOwner aw owner=bw2 XF_SELECTION sts<=ts:True', "
                + "'SetOwner aw2 owner=bw2 XF_SELECTION sts<=ts:True', 'WindowDestroy aw owner=None XF_SELECTION")
            && out.contains("owner client closed: ['ClientClose aw owner=None XF_SELECTION sts<=ts:True']")
            && out.contains("into cw1: ['subtype 0 aw name=xf-arrow']")
            && out.contains("show, show, show ok ok BadMatch()")
            && out.contains("window 2: parent root True, at 182,53, map state 0")
            && out.contains("delete a window BadBarrier(client id 0x0)")
            && out.contains("version 1: GetCursorImage ok CreateRegion BadRequest()"), out);
    }
}

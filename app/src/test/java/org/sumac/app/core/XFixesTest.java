package org.sumac.app.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sumac.app.testing.SumacProcess;
import org.sumac.app.testing.XClients;
import org.sumac.app.testing.XServerProcess;
import org.sumac.app.testing.XvfbProcess;

/**
 * XFIXES 5 compared with Xvfb: python-xlib scripts (raw requests, src/test/resources/xfixes) run on both servers
 * and must print the same lines, errors included.
 */
class XFixesTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/xfixes");

    private static String onXvfbAndSumac(String script) {
        SumacProcess.assumeAvailable();
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 is needed");
        String onXvfb, onSumac;
        try (XvfbProcess xvfb = XvfbProcess.start(640, 480)) {
            onXvfb = run(xvfb, script);
        }
        try (SumacProcess sumac = SumacProcess.start(640, 480)) {
            onSumac = run(sumac, script);
            sumac.assertAlive();
        }
        assertEquals(onXvfb, onSumac, script + " prints what it prints on Xvfb");
        return onXvfb;
    }

    private static String run(XServerProcess server, String script) {
        return XClients.run(server, Duration.ofSeconds(60), "/usr/bin/python3", SCRIPTS.resolve(script).toString())
            .assertSuccess().stdout();
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

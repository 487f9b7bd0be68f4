package org.sumac.app.sound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sumac.app.ServerOptions;

/** --sound, --playback-compression and --xsession on the command line. */
class SoundOptionsTest {
    @Test
    void soundOptionsAreReadWithXspicesSpellings() throws Exception {
        ServerOptions o = ServerOptions.parse(new String[] {":5", "--port", "5905", "--disable-ticketing", "--sound",
            "--playback-compression=off", "--xsession", "xterm -e paplay /tmp/a.wav"});
        assertTrue(o.session().sound());
        assertFalse(o.session().playbackCompression());
        assertEquals("xterm -e paplay /tmp/a.wav", o.session().xsession());
    }

    @Test
    void withoutSoundOptionsThereIsNoSoundAndOpusIsTheDefault() throws Exception {
        ServerOptions o = ServerOptions.parse(new String[] {":5", "--port", "5905", "--disable-ticketing"});
        assertFalse(o.session().sound());
        assertTrue(o.session().playbackCompression());
        assertEquals(null, o.session().xsession());
    }

    @Test
    void soundWithoutSpiceIsAUsageError() {
        var e = assertThrows(ServerOptions.UsageException.class, () -> ServerOptions.parse(new String[] {":5", "--sound"}));
        assertTrue(e.getMessage().contains("--port"), e.getMessage());
    }

    @Test
    void aPlaybackCompressionOtherThanOnOrOffIsAUsageError() {
        var e = assertThrows(ServerOptions.UsageException.class, () -> ServerOptions.parse(new String[] {":5", "--port",
            "5905", "--disable-ticketing", "--playback-compression", "loud"}));
        assertTrue(e.getMessage().contains("on or off"), e.getMessage());
    }
}

package org.sumac.spice.audio;

import java.util.Optional;

/** libopus, loaded once per JVM on first use (immutable afterwards). */
final class OpusHolder {
    private OpusHolder() {}

    static final Optional<Opus> OPUS = Opus.load();
}

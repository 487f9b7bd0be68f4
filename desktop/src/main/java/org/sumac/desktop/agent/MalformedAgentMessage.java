package org.sumac.desktop.agent;

/** A client's agent message that does not parse or breaks a limit; its text is the one log line it costs. */
public final class MalformedAgentMessage extends RuntimeException {
    public MalformedAgentMessage(String message) {
        super(message, null, false, false);
    }
}

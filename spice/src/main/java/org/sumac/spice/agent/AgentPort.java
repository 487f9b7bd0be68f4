package org.sumac.spice.agent;

/** The agent's way to one client. Thread-safe; sending never blocks. */
public interface AgentPort {
    /**
     * Sends one VDAgentMessage; it is split into AGENT_DATA messages of at most 2048 bytes and paced by the
     * client's tokens. Returns false if the client is gone or its agent queue is over its limit.
     */
    boolean send(int type, byte[] data);

    boolean isOpen();
}

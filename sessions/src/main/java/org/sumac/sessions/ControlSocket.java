package org.sumac.sessions;

import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's local control socket, where {@code sumac sessions list|kill} ask it (see {@link ControlClient} for
 * the protocol). Two locks keep it to administrators: the socket file's mode (0600, or 0660 with the admin group),
 * and, should the file's mode be loosened or the directory be shared, the kernel's word on who connected
 * (SO_PEERCRED): root, the service's own user, or a member of the admin group; anyone else is refused with one
 * log line before a byte of the request is read.
 */
final class ControlSocket implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ControlSocket.class);
    /** Requests answered at once; an administrator's command is one short request, so this bounds only abuse. */
    private static final int PARALLEL = 8;
    private static final int MAX_REQUEST = 512;

    private final Path path;
    private final String group;
    private final Service service;
    private final ServerSocketChannel server;
    private final Semaphore slots = new Semaphore(PARALLEL);
    private final String serviceUser = System.getProperty("user.name");
    private volatile boolean closed;

    private ControlSocket(Path path, String group, Service service, ServerSocketChannel server) {
        this.path = path;
        this.group = group;
        this.service = service;
        this.server = server;
    }

    /** Binds {@code path} (replacing a stale socket a killed service left) and starts answering. */
    static ControlSocket open(Path path, String group, Service service) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            try {
                Files.createDirectories(parent,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            } catch (IOException e) {
                throw new IOException("control socket " + path + ": cannot make " + parent + ": " + e.getMessage(), e);
            }
        }
        if (Files.exists(path)) {
            if (ControlClient.answers(path)) {
                throw new IOException("control socket " + path + " is in use: is another sumac service running?");
            }
            Files.delete(path); // left by a service that was killed
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(path));
        } catch (IOException e) {
            server.close();
            throw new IOException("control socket " + path + ": cannot make it (" + e.getMessage() + "): the service's "
                    + "user needs write access to " + parent, e);
        }
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
            view.setPermissions(PosixFilePermissions.fromString("rw-------"));
            if (!group.isEmpty()) {
                GroupPrincipal g = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName(group);
                view.setGroup(g);
                view.setPermissions(PosixFilePermissions.fromString("rw-rw----"));
            }
        } catch (IOException e) {
            server.close();
            Files.deleteIfExists(path);
            throw new IOException("control socket " + path + ": " + (group.isEmpty() ? "" : "cannot give it to group "
                    + group + " (is the service's user a member?): ") + e.getMessage(), e);
        }
        ControlSocket c = new ControlSocket(path, group, service, server);
        Thread.ofPlatform().daemon().name("sumac-control").start(c::accept);
        log.info("control socket {} (for root{})", path, group.isEmpty() ? "" : " and group " + group);
        return c;
    }

    private void accept() {
        while (!closed) {
            SocketChannel ch;
            try {
                ch = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (closed) return;
                log.warn("control socket {}: {}", path, e.getMessage());
                try {
                    Thread.sleep(100); // such as out of descriptors: do not spin
                } catch (InterruptedException ie) {
                    return;
                }
                continue;
            }
            if (!slots.tryAcquire()) {
                close(ch);
                continue;
            }
            Thread.ofVirtual().name("sumac-control-request").start(() -> {
                try {
                    answer(ch);
                } finally {
                    slots.release();
                    close(ch);
                }
            });
        }
    }

    private void answer(SocketChannel ch) {
        String who;
        try {
            UnixDomainPrincipal peer = ch.getOption(ExtendedSocketOptions.SO_PEERCRED);
            who = peer.user().getName();
            if (!allowed(who, peer.group().getName())) {
                log.warn("control socket: refused user {}: not root{}", who,
                        group.isEmpty() ? "" : " nor in group " + group);
                reply(ch, List.of("error permission denied: only root" + (group.isEmpty() ? "" : " and group " + group)
                        + " may use the control socket"));
                drain(ch);
                return;
            }
        } catch (IOException | UnsupportedOperationException e) {
            log.warn("control socket: refused a peer the kernel does not name: {}", e.getMessage());
            return;
        }
        try {
            String request = readLine(ch);
            reply(ch, handle(request, who));
        } catch (IOException e) {
            log.debug("control request failed: {}", e.getMessage());
        }
    }

    private List<String> handle(String request, String who) {
        if (request == null) return List.of("error empty request");
        String[] words = request.strip().split(" +", 2);
        return switch (words[0]) {
            case "list" -> {
                List<String> lines = new java.util.ArrayList<>();
                lines.add("ok");
                for (Service.Figures f : service.figures()) lines.add(ControlClient.format(f));
                yield lines;
            }
            case "kill" -> {
                if (words.length < 2 || words[1].isBlank()) yield List.of("error kill needs a user or a display");
                yield service.kill(words[1], who).map(f -> List.of("ok", ControlClient.format(f)))
                        .orElse(List.of("error no desktop of user or on display " + words[1].strip()));
            }
            default -> List.of("error unknown request " + words[0]);
        };
    }

    private boolean allowed(String user, String primaryGroup) {
        if (user.equals("root") || user.equals(serviceUser)) return true;
        if (group.isEmpty()) return false;
        return primaryGroup.equals(group) || members(group).contains(user);
    }

    /** The group's listed members, through the system's group database (files, LDAP...). */
    private static Set<String> members(String group) {
        try {
            Process p = new ProcessBuilder("getent", "group", group).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) return Set.of();
            String[] fields = out.split(":", -1);
            if (fields.length < 4 || fields[3].isBlank()) return Set.of();
            return Set.of(fields[3].split(","));
        } catch (IOException e) {
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
    }

    private static String readLine(SocketChannel ch) throws IOException {
        InputStream in = java.nio.channels.Channels.newInputStream(ch);
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (line.size() >= MAX_REQUEST) throw new IOException("request too long");
            line.write(b);
        }
        return b < 0 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    private static void reply(SocketChannel ch, List<String> lines) throws IOException {
        ByteBuffer out = ByteBuffer.wrap((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        while (out.hasRemaining()) ch.write(out);
    }

    /**
     * Reads what the refused peer already sent, without waiting for more: closing a Unix socket with unread bytes
     * resets the connection, and the peer would lose the refusal's reason.
     */
    private static void drain(SocketChannel ch) throws IOException {
        ch.configureBlocking(false);
        ByteBuffer sink = ByteBuffer.allocate(MAX_REQUEST);
        for (int i = 0; i < 8 && ch.read(sink) > 0; i++) sink.clear();
    }

    private static void close(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // gone already
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("cannot remove {}: {}", path, e.getMessage());
        }
    }
}

package org.sumac.sessions;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's figures in Prometheus's text format on {@code GET /metrics} (the {@code metrics} setting; off by
 * default). Per desktop, labelled by user and display: clients, bytes sent, idle seconds, start time. For the
 * service: desktops, logins by result, bytes sent, clients and connections, and the JVM's heap. One thread answers:
 * a scrape is a few hundred bytes every several seconds.
 */
final class MetricsEndpoint implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(MetricsEndpoint.class);

    private final HttpServer server;
    private final ExecutorService thread;

    private MetricsEndpoint(HttpServer server, ExecutorService thread) {
        this.server = server;
        this.thread = thread;
    }

    static MetricsEndpoint start(InetSocketAddress where, Service service) throws IOException {
        InetSocketAddress address = new InetSocketAddress(where.getHostString(), where.getPort());
        if (address.isUnresolved()) throw new IOException("metrics: cannot resolve " + where.getHostString());
        HttpServer server;
        try {
            server = HttpServer.create(address, 8);
        } catch (IOException e) {
            throw new IOException("metrics: cannot listen on " + address + ": " + e.getMessage(), e);
        }
        ExecutorService thread = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("sumac-metrics").factory());
        server.setExecutor(thread);
        server.createContext("/", exchange -> {
            try (exchange) {
                if (!exchange.getRequestMethod().equals("GET") || !exchange.getRequestURI().getPath().equals("/metrics")) {
                    send(exchange, 404, "not found: the figures are at /metrics\n");
                    return;
                }
                send(exchange, 200, text(service));
            } catch (RuntimeException e) {
                log.warn("metrics: {}", e.toString());
            }
        });
        server.start();
        MetricsEndpoint m = new MetricsEndpoint(server, thread);
        log.info("metrics on http://{}:{}/metrics", m.address().getHostString(), m.address().getPort());
        return m;
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The exposition text of the service's figures now. */
    static String text(Service service) {
        StringBuilder b = new StringBuilder(2048);
        Service.Totals t = service.totals();
        metric(b, "sumac_desktops", "gauge", "Desktops open (ready or being made).");
        b.append("sumac_desktops ").append(t.desktops()).append('\n');
        metric(b, "sumac_logins_total", "counter", "Logins (main channels) since the start, by PAM's verdict.");
        b.append("sumac_logins_total{result=\"ok\"} ").append(t.loginsOk()).append('\n');
        b.append("sumac_logins_total{result=\"failed\"} ").append(t.loginsFailed()).append('\n');
        metric(b, "sumac_bytes_sent_total", "counter", "Bytes of SPICE messages sent to clients since the start.");
        b.append("sumac_bytes_sent_total ").append(t.bytesSent()).append('\n');
        metric(b, "sumac_clients_connected", "gauge", "Clients on a desktop now.");
        b.append("sumac_clients_connected ").append(t.clients()).append('\n');
        metric(b, "sumac_connections_open", "gauge", "Connections open on the SPICE port (logged in or not).");
        b.append("sumac_connections_open ").append(t.connections()).append('\n');
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        metric(b, "sumac_jvm_heap_used_bytes", "gauge", "Java heap in use.");
        b.append("sumac_jvm_heap_used_bytes ").append(heap.getUsed()).append('\n');
        metric(b, "sumac_jvm_heap_committed_bytes", "gauge", "Java heap the JVM holds from the system.");
        b.append("sumac_jvm_heap_committed_bytes ").append(heap.getCommitted()).append('\n');
        metric(b, "sumac_jvm_heap_max_bytes", "gauge", "The Java heap's ceiling.");
        b.append("sumac_jvm_heap_max_bytes ").append(heap.getMax()).append('\n');
        var desktops = service.figures();
        metric(b, "sumac_desktop_clients", "gauge", "Clients on the desktop now.");
        for (Service.Figures f : desktops) b.append("sumac_desktop_clients").append(labels(f)).append(f.clients()).append('\n');
        metric(b, "sumac_desktop_bytes_sent_total", "counter", "Bytes of SPICE messages sent to the desktop's clients.");
        for (Service.Figures f : desktops) {
            b.append("sumac_desktop_bytes_sent_total").append(labels(f)).append(f.bytesSent()).append('\n');
        }
        metric(b, "sumac_desktop_idle_seconds", "gauge", "Time the desktop has been without a client (0 with one).");
        for (Service.Figures f : desktops) {
            b.append("sumac_desktop_idle_seconds").append(labels(f))
                    .append(String.format(Locale.ROOT, "%.3f", f.idle().toMillis() / 1000.0)).append('\n');
        }
        metric(b, "sumac_desktop_start_time_seconds", "gauge", "When the desktop was made (Unix time).");
        for (Service.Figures f : desktops) {
            b.append("sumac_desktop_start_time_seconds").append(labels(f))
                    .append(f.since().getEpochSecond()).append('\n');
        }
        return b.toString();
    }

    private static void metric(StringBuilder b, String name, String type, String help) {
        b.append("# HELP ").append(name).append(' ').append(help).append('\n');
        b.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static String labels(Service.Figures f) {
        return "{user=\"" + escape(f.user()) + "\",display=\":" + f.display() + "\"} ";
    }

    /** Label values escape backslash, double quote and line feed (the text format's rule). */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Override
    public void close() {
        server.stop(0);
        thread.shutdownNow();
    }
}

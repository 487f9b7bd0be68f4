"""A TCP proxy that counts the bytes a server sends to its client, for bin/bench-desktop.

It listens on a loopback port and forwards every connection (a SPICE client opens one per channel) to the
server's port, counting the server->client bytes of all connections together.
"""
import socket
import threading
import time


class ByteProxy:
    def __init__(self, target_port, target_host='127.0.0.1'):
        self.target = (target_host, target_port)
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(('127.0.0.1', 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        self.to_client = 0
        self.last_byte = time.monotonic()
        self.connections = 0
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.target, timeout=10)
                server.settimeout(None)
            except OSError:
                client.close()
                continue
            for s in (client, server):
                # Forward small messages at once: Nagle would add delay that the server did not cause.
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self.lock:
                self.connections += 1
            threading.Thread(target=self._pump, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, True), daemon=True).start()

    def _pump(self, source, sink, count):
        try:
            while True:
                data = source.recv(262144)
                if not data:
                    break
                if count:
                    with self.lock:
                        self.to_client += len(data)
                        self.last_byte = time.monotonic()
                sink.sendall(data)
        except OSError:
            pass
        finally:
            # Pass the close on both ways so neither end waits on a dead peer.
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def bytes_to_client(self):
        with self.lock:
            return self.to_client

    def wait_quiet(self, quiet=0.3, limit=10.0):
        """Waits until the server sent nothing for `quiet` seconds (at most `limit` seconds); True if it did."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            with self.lock:
                idle = time.monotonic() - self.last_byte
            if idle >= quiet:
                return True
            time.sleep(min(0.05, quiet - idle + 0.001))
        return False

    def close(self):
        self.closed = True
        try:
            self.listener.close()
        except OSError:
            pass

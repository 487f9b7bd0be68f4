#!/usr/bin/python3
"""The xterm workload of bin/bench-desktop: `xterm -geometry 100x40 -e seq 1 20000` on one X display, with
a remote-display client attached through a byte-counting proxy (or no client).

Usage: xterm_workload.py --display N [--client none|spice|vnc --port P [--viewer-display M]] [--runs K]
                         [--warmup W] [--log-dir DIR]
Prints one line: "OK wall=S bytes=B walls=S1,S2,.. bytes_each=B1,B2,.." (medians first), or "FAIL reason".
The wall time runs from starting xterm until it exits; the bytes are what the server sent to the client from
xterm's start until the server has been quiet for 0.3 s after xterm exited (so frames a server sends late are
counted too). vnc runs TigerVNC's vncviewer on display M (an Xvfb the caller started). Every server first gets
W unmeasured runs (default 2): a freshly started server is measured in its steady state, not while it warms up
(Sumac's JIT; caches of the others).
"""
import argparse
import os
import queue
import statistics
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from byteproxy import ByteProxy  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def fail(reason):
    print('FAIL ' + reason, flush=True)
    sys.exit(1)


def line_reader(stream):
    lines = queue.Queue()

    def pump():
        for line in stream:
            lines.put(line.rstrip('\n'))
        lines.put(None)
    threading.Thread(target=pump, daemon=True).start()
    return lines


def start_client(args, proxy, log):
    if args.client == 'spice':
        client = subprocess.Popen(['/usr/bin/python3', os.path.join(HERE, 'spice_client.py'), '127.0.0.1',
                                   str(proxy.port)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=log, text=True)
        lines = line_reader(client.stdout)
        try:
            line = lines.get(timeout=45)
        except queue.Empty:
            line = 'no answer in 45 s'
        if line != 'READY':
            client.kill()
            fail('spice-gtk client did not connect: %s' % line)
        return client
    # vncviewer has no "connected" signal: it is ready once the server has sent something (a black screen is a
    # few dozen bytes of Tight) and then been quiet for a second.
    env = dict(os.environ, DISPLAY=':%d' % args.viewer_display)
    client = subprocess.Popen(['vncviewer', '-Shared', '-AlertOnFatalError=0', '-ReconnectOnError=0',
                               '127.0.0.1::%d' % proxy.port], env=env, stdin=subprocess.DEVNULL,
                              stdout=log, stderr=log)
    deadline = time.monotonic() + 30
    while proxy.bytes_to_client() == 0:
        if client.poll() is not None:
            fail('vncviewer exited with %s' % client.returncode)
        if time.monotonic() > deadline:
            client.kill()
            fail('vncviewer got nothing from the server in 30 s')
        time.sleep(0.1)
    time.sleep(1)
    proxy.wait_quiet(1.0, 10)
    if client.poll() is not None:
        fail('vncviewer exited with %s' % client.returncode)
    return client


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--display', type=int, required=True)
    p.add_argument('--client', choices=['none', 'spice', 'vnc'], default='none')
    p.add_argument('--port', type=int)
    p.add_argument('--viewer-display', type=int)
    p.add_argument('--runs', type=int, default=3)
    p.add_argument('--warmup', type=int, default=2)
    p.add_argument('--log-dir', default='/tmp')
    args = p.parse_args()
    log = open(os.path.join(args.log_dir, 'xterm-%d-%s.log' % (args.display, args.client)), 'w')
    proxy = client = None
    if args.client != 'none':
        proxy = ByteProxy(args.port)
        client = start_client(args, proxy, log)
    env = dict(os.environ, DISPLAY=':%d' % args.display)
    walls, sent = [], []
    try:
        for run in range(args.warmup + args.runs):
            if proxy:
                proxy.wait_quiet(0.5, 10)
            before = proxy.bytes_to_client() if proxy else 0
            start = time.monotonic()
            xterm = subprocess.Popen(['xterm', '-geometry', '100x40', '-e', 'seq', '1', '20000'], env=env,
                                     stdout=log, stderr=log)
            # A blocking wait, with the 300 s limit on a timer: Popen.wait(timeout) (and subprocess.run's) polls
            # with sleeps of up to 50 ms, which rounded every wall up to the next poll (0.165, 0.216, 0.267 s...).
            watchdog = threading.Timer(300, xterm.kill)
            watchdog.start()
            xterm.wait()
            wall = time.monotonic() - start
            watchdog.cancel()
            if wall >= 300:
                fail('xterm did not finish in 300 s')
            if xterm.returncode != 0:
                fail('xterm exited with %d (see %s)' % (xterm.returncode, log.name))
            if client is not None and client.poll() is not None:
                fail('the client exited during the run (code %s)' % client.returncode)
            if proxy:
                proxy.wait_quiet(0.3, 20)
            if run >= args.warmup:
                walls.append(wall)
                if proxy:
                    sent.append(proxy.bytes_to_client() - before)
            time.sleep(0.5)
    finally:
        if client is not None and client.poll() is None:
            client.kill()
            client.wait()
        if proxy:
            proxy.close()
    result = 'OK wall=%.3f bytes=%d walls=%s' % (statistics.median(walls), statistics.median(sent) if sent else 0,
                                                 ','.join('%.3f' % w for w in walls))
    if sent:
        result += ' bytes_each=' + ','.join(str(b) for b in sent)
    print(result, flush=True)


if __name__ == '__main__':
    main()

#!/usr/bin/python3
"""The latencies of bin/bench-desktop on one X display that serves SPICE, measured with a spice-gtk client.

Usage: latency.py --display N --port P [--samples K] [--warmup W] [--first F] [--log-dir DIR] [--each]
                  [--ready-file PATH]
Prints two lines:
  FILL OK median=MS p90=MS n=K misses=M first_median=MS first_p90=MS
      from an X fill (python-xlib, a new solid color on a window) to the client's display-invalidate that shows
      that color at the window's center
  KEY OK median=MS p90=MS n=K misses=M first_median=MS first_p90=MS
      from the client's key press (inputs channel) to the KeyPress event at the X client that has the focus
or "FILL FAIL reason" / "KEY FAIL reason". Every process stamps with time.monotonic() (CLOCK_MONOTONIC, one
clock for the whole machine). A sample that takes more than 2 s counts as a miss, not as a figure.
median/p90 are over the K samples (default 200) taken after W unmeasured ones of each kind (default 200: a
minute or two of typing, so the server is measured as it runs all day; Sumac's JIT compiles a code path only
after it has run a few hundred times). K is large because this machine class has stretches of seconds in which every process
stalls for milliseconds at a time; the median of 200 samples rides over such a stretch where that of 60 did not.
first_median/first_p90 are over the first F samples (default 60) after the client connected, so the
cost of a cold start stays in view. --each also prints every sample in milliseconds, in order, to stderr
("FILL ms ms ..." and "KEY ms ms ..."), to see a stretch of slow samples and when it came. --ready-file
makes PATH once the client is connected, before the first sample (bin/bench-isolation starts its load then).
"""
import argparse
import os
import queue
import select
import statistics
import subprocess
import sys
import threading
import time

from Xlib import X, display as xdisplay, error as xerror

HERE = os.path.dirname(os.path.abspath(__file__))
WINDOW_X, WINDOW_Y, SIZE = 64, 64, 256
A_SCANCODE = 0x1e  # PC AT set 1: the 'a' key; X keycode 38 (scancode + 8) with the usual evdev keymap


class Client:
    def __init__(self, port, log):
        self.process = subprocess.Popen(['/usr/bin/python3', os.path.join(HERE, 'spice_client.py'), '127.0.0.1',
                                         str(port)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
                                        text=True, bufsize=1)
        self.lines = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip('\n'))
        self.lines.put('EOF')

    def send(self, command):
        self.process.stdin.write(command + '\n')
        self.process.stdin.flush()

    def expect(self, prefix, timeout):
        """The next line with this prefix, or None after timeout; ERROR lines raise."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                return None
            if line.startswith(prefix):
                return line
            if line.startswith('ERROR') or line == 'EOF':
                raise RuntimeError('spice-gtk client: ' + line)

    def close(self):
        try:
            self.send('quit')
            self.process.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def summary(label, values, misses, samples, first_samples):
    """Figures over the last `samples` values (the warm server) and over the first ones (just connected)."""
    if not values:
        return '%s FAIL no sample arrived (%d misses)' % (label, misses)
    ms = [v * 1000 for v in values]
    warm, first = ms[-samples:], ms[:first_samples]
    return '%s OK median=%.2f p90=%.2f n=%d misses=%d first_median=%.2f first_p90=%.2f' % (
        label, statistics.median(warm), percentile(warm, 0.9), len(warm), misses, statistics.median(first),
        percentile(first, 0.9))


def next_event(d, types, timeout):
    """(event, woke): the next X event of one of these types, or None after timeout, and time.monotonic() when
    the socket turned readable with it. Waits on the socket, not by polling. The stamp is taken before
    python-xlib parses the bytes (a few tenths of a millisecond of Python that a C client does not spend)."""
    deadline = time.monotonic() + timeout
    woke = time.monotonic()
    while True:
        while d.pending_events():
            event = d.next_event()
            if event.type in types:
                return event, woke
        left = deadline - time.monotonic()
        if left <= 0:
            return None, None
        select.select([d], [], [], left)
        woke = time.monotonic()


def measure_fill(d, window, client, samples):
    gc = window.create_gc(foreground=0)
    center_x, center_y = WINDOW_X + SIZE // 2, WINDOW_Y + SIZE // 2
    values, misses = [], 0
    for i in range(samples):
        # A color no earlier sample used, so only this fill can turn the pixel into it.
        color = ((i * 37 + 11) % 256) << 16 | ((i * 91 + 200) % 256) << 8 | ((255 - i * 53) % 256)
        client.send('watch %d %d %06x' % (center_x, center_y, color))
        if client.expect('WATCHING', 5) is None:
            raise RuntimeError('spice-gtk client did not answer watch')
        gc.change(foreground=color)
        start = time.monotonic()
        window.fill_rectangle(gc, 0, 0, SIZE, SIZE)
        d.flush()
        seen = client.expect('SEEN', 2)
        if seen is None:
            misses += 1
        else:
            values.append(float(seen.split()[1]) - start)
        time.sleep(0.03)
    return values, misses


def measure_key(d, window, client, samples):
    window.set_input_focus(X.RevertToParent, X.CurrentTime)
    d.sync()
    values, misses = [], 0
    for _ in range(samples):
        client.send('key %x' % A_SCANCODE)
        event, arrived = next_event(d, (X.KeyPress,), 2)
        sent = client.expect('KEYSENT', 2)
        if event is None or sent is None:
            misses += 1
        else:
            values.append(arrived - float(sent.split()[1]))
        next_event(d, (X.KeyRelease,), 1)
        time.sleep(0.03)
    return values, misses


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--display', type=int, required=True)
    p.add_argument('--port', type=int, required=True)
    p.add_argument('--samples', type=int, default=200)
    p.add_argument('--warmup', type=int, default=200)
    p.add_argument('--first', type=int, default=60)
    p.add_argument('--log-dir', default='/tmp')
    p.add_argument('--each', action='store_true')
    p.add_argument('--ready-file')
    args = p.parse_args()
    log = open(os.path.join(args.log_dir, 'latency-%d.log' % args.display), 'w')
    try:
        d = xdisplay.Display(':%d' % args.display)
    except (xerror.DisplayError, OSError) as e:
        print('FILL FAIL cannot open display: %s\nKEY FAIL cannot open display' % e, flush=True)
        sys.exit(1)
    screen = d.screen()
    # Override-redirect: no window manager runs, and the window must sit exactly where the client looks.
    window = screen.root.create_window(WINDOW_X, WINDOW_Y, SIZE, SIZE, 0, screen.root_depth,
                                       background_pixel=screen.black_pixel, override_redirect=True,
                                       event_mask=X.ExposureMask | X.KeyPressMask | X.KeyReleaseMask
                                       | X.StructureNotifyMask)
    window.map()
    d.flush()
    if next_event(d, (X.Expose,), 10)[0] is None:
        print('FILL FAIL the window never got an Expose\nKEY FAIL no window', flush=True)
        sys.exit(1)
    client = Client(args.port, log)
    try:
        if client.expect('READY', 45) is None:
            raise RuntimeError('spice-gtk client not ready in 45 s')
        if args.ready_file:
            open(args.ready_file, 'w').close()
        time.sleep(0.5)  # let the first full-screen update go by
        try:
            values, misses = measure_fill(d, window, client, args.warmup + args.samples)
            print(summary('FILL', values, misses, args.samples, args.first), flush=True)
            if args.each:
                sys.stderr.write('FILL %s\n' % ' '.join('%.2f' % (v * 1000) for v in values))
        except RuntimeError as e:
            print('FILL FAIL %s' % e, flush=True)
        try:
            values, misses = measure_key(d, window, client, args.warmup + args.samples)
            print(summary('KEY', values, misses, args.samples, args.first), flush=True)
            if args.each:
                sys.stderr.write('KEY %s\n' % ' '.join('%.2f' % (v * 1000) for v in values))
        except RuntimeError as e:
            print('KEY FAIL %s' % e, flush=True)
    except RuntimeError as e:
        print('FILL FAIL %s\nKEY FAIL %s' % (e, e), flush=True)
    finally:
        client.close()


if __name__ == '__main__':
    main()

#!/usr/bin/python3
"""The modern-application workloads of bin/bench-desktop (issue 14, acceptance 4), on one X display with a
remote-display client attached through a byte-counting proxy:

  gtk      gtk3-widget-factory (GTK 3, Adwaita: antialiased text, gradients, rounded shaded widgets) switching
           between its pages 3 and 2 by clicks on the page switcher, --steps times (page 1 animates a progress
           bar without end, so the display would never settle there)
  firefox  Firefox showing a generated long local page (text in several sizes, CSS gradients, photo-like
           images, repeated icons), scrolled by --steps Page_Down presses

Usage: modern_workload.py --display N --client spice|vnc --port P [--viewer-display M] [--workloads "gtk firefox"]
                          [--steps K] [--log-dir DIR]
Prints one line per workload: "OK name wall=S bytes=B frames=F steps=K silent=N start_bytes=B0 settle=S1,.."
or "SKIP name reason" or "FAIL name reason".

Each step (a click or a key press, sent with xdotool) is followed by a wait for the server's first byte (at most
5 s; silent counts the steps that brought none) and then until it has sent nothing for 0.5 s. wall is the sum
over the steps of the time from the step to the last byte its update brought (the quiet waits do not count);
bytes all the server sent to the client from the first step to the end of the last update; frames what the
client showed meanwhile: the 1/60 s ticks in which its picture changed, as a 60 Hz screen shows them (spice-gtk:
display-invalidate signals; vncviewer: DAMAGE events on the Xvfb it draws on). Before the steps the application
starts, draws and is left to settle (for gtk, on page 2): start_bytes. GTK runs without animations and cursor
blinking, Firefox without smooth scrolling, so every server gets the same drawing and settles between steps.
"""
import argparse
import os
import queue
import random
import shutil
import struct
import subprocess
import sys
import threading
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from byteproxy import ByteProxy  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
QUIET = 0.5
GTK_PAGES = [(561, 27), (682, 27), (803, 27)]  # the page switcher's buttons at 1024x768 (Adwaita, no WM)


class Failure(Exception):
    pass


def line_reader(stream):
    lines = queue.Queue()

    def pump():
        for line in stream:
            lines.put(line.rstrip('\n'))
        lines.put(None)
    threading.Thread(target=pump, daemon=True).start()
    return lines


class SpiceFrames:
    """The spice-gtk client (spice_client.py) through the proxy; counts frames at the client."""

    def __init__(self, proxy, log):
        self.client = subprocess.Popen(['/usr/bin/python3', os.path.join(HERE, 'spice_client.py'), '127.0.0.1',
                                        str(proxy.port)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=log, text=True)
        self.lines = line_reader(self.client.stdout)
        line = self._answer(45)
        if line != 'READY':
            self.client.kill()
            raise Failure('spice-gtk client did not connect: %s' % line)

    def _answer(self, timeout=10):
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            return 'no answer in %d s' % timeout

    def _ask(self, command):
        self.client.stdin.write(command + '\n')
        self.client.stdin.flush()
        return self._answer()

    def start(self):
        self._ask('count')

    def frames(self):
        answer = self._ask('frames')
        if not answer or not answer.startswith('FRAMES'):
            raise Failure('spice-gtk client: %s' % answer)
        return int(answer.split()[1])

    def alive(self):
        return self.client.poll() is None

    def close(self):
        if self.client.poll() is None:
            self.client.kill()
            self.client.wait()


class VncFrames:
    """TigerVNC's vncviewer on its own Xvfb through the proxy; frames from DAMAGE on that Xvfb's screen."""

    def __init__(self, proxy, log, viewer_display):
        env = dict(os.environ, DISPLAY=':%d' % viewer_display)
        self.client = subprocess.Popen(['vncviewer', '-Shared', '-AlertOnFatalError=0', '-ReconnectOnError=0',
                                        '127.0.0.1::%d' % proxy.port], env=env, stdin=subprocess.DEVNULL,
                                       stdout=log, stderr=log)
        deadline = time.monotonic() + 30
        while proxy.bytes_to_client() == 0:
            if self.client.poll() is not None:
                raise Failure('vncviewer exited with %s' % self.client.returncode)
            if time.monotonic() > deadline:
                self.client.kill()
                raise Failure('vncviewer got nothing from the server in 30 s')
            time.sleep(0.1)
        from Xlib import display as xdisplay
        from Xlib.ext import damage
        self.x = xdisplay.Display(':%d' % viewer_display)
        if not self.x.has_extension('DAMAGE'):
            raise Failure('the viewer\'s Xvfb has no DAMAGE')
        self.x.damage_query_version()
        root = self.x.screen().root
        # Every DamageNotify is one drawing burst on the viewer's screen; subtracting at once re-arms it.
        self.damage = root.damage_create(damage.DamageReportNonEmpty)
        self.event = self.x.extension_event.DamageNotify
        self.lock = threading.Lock()
        self.ticks = set()
        self.x.flush()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        from Xlib.ext import damage  # noqa: F401
        try:
            while True:
                e = self.x.next_event()
                if e.type == self.event:
                    now = time.monotonic()
                    with self.lock:
                        self.ticks.add(int(now * 60))
                    self.x.damage_subtract(self.damage)
                    self.x.flush()
        except Exception:  # the viewer's display went away at the end
            pass

    def start(self):
        with self.lock:
            self.ticks = set()

    def frames(self):
        with self.lock:
            return len(self.ticks)

    def alive(self):
        return self.client.poll() is None

    def close(self):
        if self.client.poll() is None:
            self.client.kill()
            self.client.wait()


def xdotool(env, *args):
    return subprocess.run(['xdotool'] + [str(a) for a in args], env=env, capture_output=True, text=True,
                          timeout=60)


def wait_window(env, app, how, value, limit=90):
    """The first visible window whose name/class matches, once it exists (or Failure after `limit` s)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if app.poll() is not None:
            raise Failure('the application exited with %s before its window showed' % app.returncode)
        found = xdotool(env, 'search', '--onlyvisible', how, value).stdout.split()
        if found:
            return found[0]
        time.sleep(0.25)
    raise Failure('no window %s %s after %d s' % (how, value, limit))


def settle(proxy, start, limit):
    """Until the application has drawn (20 KB sent since `start`: a loaded machine may map a window well before
    its first picture) and the server has then been quiet for a second; at most `limit` s."""
    deadline = time.monotonic() + limit
    while proxy.bytes_to_client() - start < 20000:
        if time.monotonic() > deadline:
            raise Failure('the application drew nothing in %d s' % limit)
        time.sleep(0.05)
    if not proxy.wait_quiet(1.0, max(1.0, deadline - time.monotonic())):
        raise Failure('the display did not settle in %d s (animation?)' % limit)


def measure(proxy, frames, actions):
    """Runs each action, waits for its first byte (at most 5 s) and then for quiet; returns (settle times, bytes,
    frames, steps that brought no byte)."""
    proxy.wait_quiet(QUIET, 10)
    frames.start()
    before = proxy.bytes_to_client()
    settles = []
    silent = 0
    for act in actions:
        t0 = time.monotonic()
        at_start = proxy.bytes_to_client()
        act()
        # A loaded machine may take longer than the quiet spell to begin the update: wait for it first.
        deadline = t0 + 5
        while proxy.bytes_to_client() == at_start and time.monotonic() < deadline:
            time.sleep(0.01)
        if proxy.bytes_to_client() == at_start:
            silent += 1
            settles.append(0.0)
            continue
        if not proxy.wait_quiet(QUIET, 30):
            raise Failure('the display did not settle in 30 s after a step')
        with proxy.lock:
            settles.append(max(0.0, proxy.last_byte - t0))
        if not frames.alive():
            raise Failure('the client exited during the run')
    return settles, proxy.bytes_to_client() - before, frames.frames(), silent


def gtk_workload(args, env, proxy, frames, log):
    if not shutil.which('gtk3-widget-factory'):
        return 'SKIP gtk gtk3-widget-factory is not installed (gtk-3-examples)'
    config = os.path.join(args.log_dir, 'gtk-config-%d' % args.display)
    os.makedirs(os.path.join(config, 'gtk-3.0'), exist_ok=True)
    with open(os.path.join(config, 'gtk-3.0', 'settings.ini'), 'w') as f:
        f.write('[Settings]\ngtk-enable-animations=false\ngtk-cursor-blink=false\n'
                'gtk-theme-name=Adwaita\ngtk-font-name=DejaVu Sans 10\n')
    app_env = dict(env, XDG_CONFIG_HOME=config, GDK_BACKEND='x11', NO_AT_BRIDGE='1', GTK_THEME='Adwaita')
    start = proxy.bytes_to_client()
    app = subprocess.Popen(['gtk3-widget-factory'], env=app_env, stdout=log, stderr=log, start_new_session=True)
    try:
        wait_window(env, app, '--class', 'gtk3-widget-factory')
        # Page 1 pulses a progress bar for ever (a timer of the application, not a GTK animation): the workload
        # leaves it at once and switches between pages 2 and 3, which are still once drawn.
        page = GTK_PAGES[1]
        deadline = time.monotonic() + 60
        while proxy.bytes_to_client() - start < 20000:
            if time.monotonic() > deadline:
                raise Failure('gtk3-widget-factory drew nothing in 60 s')
            time.sleep(0.05)
        while True:
            time.sleep(1)
            before = proxy.bytes_to_client()
            xdotool(env, 'mousemove', page[0], page[1], 'click', 1)
            xdotool(env, 'mousemove', 1000, 740)
            wait_until = time.monotonic() + 5
            while proxy.bytes_to_client() == before and time.monotonic() < wait_until:
                time.sleep(0.01)
            if proxy.wait_quiet(1.0, 10):
                break
            if time.monotonic() > deadline:
                raise Failure('the display did not settle on page 2 in 60 s')
        start_bytes = proxy.bytes_to_client() - start
        order = [GTK_PAGES[2 if i % 2 == 0 else 1] for i in range(args.steps)]
        actions = [lambda p=p: xdotool(env, 'mousemove', p[0], p[1], 'click', 1) for p in order]
        settles, sent, shown, silent = measure(proxy, frames, actions)
    finally:
        stop(app)
    return result('gtk', settles, sent, shown, start_bytes, silent)


def png(width, height, pixel):
    """A PNG (RGB, 8 bits) of pixel(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw += bytes(pixel(x, y))

    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xFFFFFFFF)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(raw), 6)) + chunk(b'IEND', b''))


def write_page(directory):
    """A long page: text in several sizes, CSS gradients and shadows, photo-like images, repeated icons."""
    rng = random.Random(14)
    os.makedirs(directory, exist_ok=True)
    import math
    for n in range(4):
        # Photo-like: smooth colour fields with fine noise, as a photograph has (no two neighbours equal).
        fx, fy, phase = 0.011 + 0.004 * n, 0.017 - 0.003 * n, n * 1.7

        def photo(x, y, fx=fx, fy=fy, phase=phase):
            r = 128 + 90 * math.sin(x * fx + phase) * math.cos(y * fy)
            g = 128 + 80 * math.sin((x + y) * fy * 0.7 + phase)
            b = 128 + 100 * math.cos(x * fy * 0.5 - y * fx + phase)
            return tuple(max(0, min(255, int(c + rng.randint(-6, 6)))) for c in (r, g, b))
        with open(os.path.join(directory, 'photo%d.png' % n), 'wb') as f:
            f.write(png(360, 240, photo))
    with open(os.path.join(directory, 'icon.png'), 'wb') as f:
        f.write(png(48, 48, lambda x, y: (40, 110, 200) if (x - 24) ** 2 + (y - 24) ** 2 < 400 else (245, 245, 245)))
    words = ('remote desktop protocol frame damage region glyph antialiased gradient shadow compositor window '
             'pixmap cache palette encoder lossless photo scroll update client server display surface image '
             'latency bandwidth compression dictionary stream').split()
    parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sumac bench page</title><style>',
             'body{font-family:"DejaVu Sans",sans-serif;margin:24px 48px;background:#fafafa;color:#222}',
             'h2{font-family:"DejaVu Serif",serif;color:#234}',
             '.card{background:linear-gradient(#fff,#e8eef6);border-radius:8px;box-shadow:0 3px 9px rgba(0,0,0,.35);'
             'padding:12px 18px;margin:18px 0}',
             '.band{height:60px;border-radius:6px;background:linear-gradient(90deg,#2a6,#26a,#a26)}',
             'img.photo{float:right;margin:0 0 8px 16px;border-radius:4px}',
             '.icons img{margin:4px}small{color:#666}code{background:#eee;padding:1px 4px}',
             '</style></head><body><h1>Sumac bench page</h1>']
    for section in range(40):
        parts.append('<h2>Section %d: %s %s</h2>' % (section + 1, rng.choice(words).title(), rng.choice(words)))
        if section % 3 == 0:
            parts.append('<img class="photo" src="photo%d.png" width="360" height="240" alt="">' % (section // 3 % 4))
        for _ in range(3):
            sentence = ' '.join(rng.choice(words) for _ in range(rng.randint(40, 90)))
            parts.append('<p>%s. <code>%s()</code> <small>%s</small></p>'
                         % (sentence.capitalize(), rng.choice(words), ' '.join(rng.choice(words) for _ in range(8))))
        if section % 4 == 1:
            parts.append('<div class="card"><b>Note.</b> %s</div>' % ' '.join(rng.choice(words) for _ in range(50)))
        if section % 5 == 2:
            parts.append('<div class="band"></div>')
        if section % 6 == 4:
            parts.append('<div class="icons">' + '<img src="icon.png" width="48" height="48" alt="">' * 12 + '</div>')
    parts.append('</body></html>')
    page = os.path.join(directory, 'page.html')
    with open(page, 'w') as f:
        f.write('\n'.join(parts))
    return page


FIREFOX_PREFS = {
    'browser.shell.checkDefaultBrowser': False,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': False,
    'browser.sessionstore.resume_from_crash': False,
    'browser.tabs.warnOnClose': False,
    'browser.warnOnQuit': False,
    'browser.translations.automaticallyPopup': False,
    'browser.newtabpage.enabled': False,
    'datareporting.policy.dataSubmissionEnabled': False,
    'datareporting.policy.firstRunURL': '',
    'toolkit.telemetry.reportingpolicy.firstRun': False,
    'app.update.disabledForTesting': True,
    'general.smoothScroll': False,
    'ui.prefersReducedMotion': 1,
    'toolkit.cosmeticAnimations.enabled': False,
    'layout.spellcheckDefault': 0,
    'browser.download.panel.shown': True,
    'extensions.autoDisableScopes': 15,
    'toolkit.startup.max_resumed_crashes': -1,
}


def firefox_workload(args, env, proxy, frames, log):
    firefox = shutil.which('firefox-esr') or shutil.which('firefox')
    if not firefox:
        return 'SKIP firefox Firefox is not installed (firefox-esr)'
    page = write_page(os.path.join(args.log_dir, 'page'))
    profile = os.path.join(args.log_dir, 'firefox-profile-%d' % args.display)
    shutil.rmtree(profile, ignore_errors=True)
    os.makedirs(profile)
    with open(os.path.join(profile, 'user.js'), 'w') as f:
        for k, v in FIREFOX_PREFS.items():
            value = ('true' if v else 'false') if isinstance(v, bool) else repr(v) if isinstance(v, int) else '"%s"' % v
            f.write('user_pref("%s", %s);\n' % (k, value))
    app_env = dict(env, MOZ_ENABLE_WAYLAND='0', GDK_BACKEND='x11', NO_AT_BRIDGE='1', MOZ_CRASHREPORTER_DISABLE='1')
    app_env.pop('WAYLAND_DISPLAY', None)
    start = proxy.bytes_to_client()
    app = subprocess.Popen([firefox, '--no-remote', '--new-instance', '--profile', profile, 'file://' + page],
                           env=app_env, stdout=log, stderr=log, start_new_session=True)
    try:
        window = wait_window(env, app, '--name', 'Sumac bench page', limit=120)
        xdotool(env, 'windowmove', window, 0, 0)
        xdotool(env, 'windowsize', window, 1024, 768)
        time.sleep(1)
        # Focus the page (a click on its left margin, no link there) so Page_Down scrolls it.
        xdotool(env, 'mousemove', 20, 400, 'click', 1)
        time.sleep(1)
        settle(proxy, start, 90)
        start_bytes = proxy.bytes_to_client() - start
        actions = [lambda: xdotool(env, 'key', 'Next')] * args.steps
        settles, sent, shown, silent = measure(proxy, frames, actions)
    finally:
        stop(app)
    return result('firefox', settles, sent, shown, start_bytes, silent)


def stop(app):
    """Ends the application and everything it started (its own session)."""
    if app.poll() is None:
        try:
            os.killpg(app.pid, 15)
            app.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(app.pid, 9)
            except ProcessLookupError:
                pass
            app.wait()


def result(name, settles, sent, shown, start_bytes, silent):
    return 'OK %s wall=%.3f bytes=%d frames=%d steps=%d silent=%d start_bytes=%d settle=%s' % (
        name, sum(settles), sent, shown, len(settles), silent, start_bytes, ','.join('%.3f' % s for s in settles))


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--display', type=int, required=True)
    p.add_argument('--client', choices=['spice', 'vnc'], required=True)
    p.add_argument('--port', type=int, required=True)
    p.add_argument('--viewer-display', type=int)
    p.add_argument('--workloads', default='gtk firefox')
    p.add_argument('--steps', type=int, default=12)
    p.add_argument('--log-dir', default='/tmp')
    args = p.parse_args()
    log = open(os.path.join(args.log_dir, 'modern-%d-%s.log' % (args.display, args.client)), 'w')
    env = dict(os.environ, DISPLAY=':%d' % args.display)
    proxy = ByteProxy(args.port)
    frames = None
    try:
        frames = SpiceFrames(proxy, log) if args.client == 'spice' else VncFrames(proxy, log, args.viewer_display)
        proxy.wait_quiet(1.0, 10)
        for name in args.workloads.split():
            run = {'gtk': gtk_workload, 'firefox': firefox_workload}.get(name)
            if run is None:
                print('FAIL %s unknown workload' % name, flush=True)
                continue
            try:
                print(run(args, env, proxy, frames, log), flush=True)
            except Failure as e:
                print('FAIL %s %s' % (name, e), flush=True)
            except subprocess.TimeoutExpired as e:
                print('FAIL %s %s timed out' % (name, e.cmd[0]), flush=True)
    except Failure as e:
        for name in args.workloads.split():
            print('FAIL %s %s' % (name, e), flush=True)
    finally:
        if frames is not None:
            frames.close()
        proxy.close()


if __name__ == '__main__':
    main()

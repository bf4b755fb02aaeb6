#!/usr/bin/python3
"""Dumps and checks the accessibility tree of Career Explorer the way Orca reads it (AT-SPI).

Run by scripts/check-accessibility.sh inside a private D-Bus session, with Debian's
/usr/bin/python3 (pyatspi comes from the python3-pyatspi package, not from pip):

    atspi_dump.py OUTDIR SCREEN=FILE... -- BINARY

For each SCREEN=FILE it starts `BINARY FILE --screen SCREEN`, waits until the app's
accessible application appears and its tree stops growing, writes the whole tree to
OUTDIR/SCREEN.tree.txt, checks it, and stops the app. The accessibility bus
(at-spi-bus-launcher) is started first and marked enabled, since AccessKit publishes nothing
until the bus says accessibility is on.

A node fails when it is a control or a chart without a name, or a progress bar without a
value. Exit status: 0 every screen passed, 1 some node failed, 2 a screen could not be
checked (no bus, the app died, or its tree never appeared or never settled).
"""

import math
import os
import signal
import subprocess
import sys
import time

LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
# Give up on a screen after this long without a settled tree.
TIMEOUT = float(os.environ.get("A11Y_TIMEOUT", "30"))
POLL = 0.25
# The tree counts as settled once its size has not changed for this long.
SETTLE = 1.5

# AT-SPI role names (as Orca prints them) of the nodes a user acts on: each needs a name.
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "button",
    "radio button",
    "check box",
    "combo box",
    "slider",
    "spin button",
    "entry",
    "text",
    "password text",
    "progress bar",
}
# egui_plot's plots carry no widget info, so AccessKit publishes them with an unknown role:
# any such node (or a canvas, image or chart) is read as a chart and needs a name too.
CHART_ROLES = {"unknown", "canvas", "image", "chart"}


def log(message):
    print(f"check-accessibility: {message}", file=sys.stderr, flush=True)


class Interrupted(Exception):
    pass


def on_signal(signum, _frame):
    raise Interrupted(f"stopped by signal {signum}")


# ---------------------------------------------------------------- the accessibility bus


def session_bus():
    from gi.repository import Gio

    return Gio.bus_get_sync(Gio.BusType.SESSION, None)


def has_owner(bus, name):
    from gi.repository import GLib

    reply = bus.call_sync(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        "NameHasOwner",
        GLib.Variant("(s)", (name,)),
        GLib.VariantType("(b)"),
        0,
        -1,
        None,
    )
    return reply.unpack()[0]


def enable_accessibility(bus):
    """Sets org.a11y.Status.IsEnabled, as a desktop does when a screen reader is on."""
    from gi.repository import GLib

    bus.call_sync(
        "org.a11y.Bus",
        "/org/a11y/bus",
        "org.freedesktop.DBus.Properties",
        "Set",
        GLib.Variant("(ssv)", ("org.a11y.Status", "IsEnabled", GLib.Variant("b", True))),
        None,
        0,
        -1,
        None,
    )


def bus_pid(bus, name):
    """The pid of the process owning `name` on `bus`, or None."""
    from gi.repository import GLib

    try:
        reply = bus.call_sync(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "GetConnectionUnixProcessID",
            GLib.Variant("(s)", (name,)),
            GLib.VariantType("(u)"),
            0,
            -1,
            None,
        )
    except Exception:
        return None
    return reply.unpack()[0]


def activated_pids():
    """The services the buses started on their own (they detach, so they are nobody's child):
    the AT-SPI registry on the accessibility bus, dconf on the session bus."""
    from gi.repository import Gio, GLib

    pids = []
    try:
        session = session_bus()
        pids.append(bus_pid(session, "ca.desrt.dconf"))
        address = session.call_sync(
            "org.a11y.Bus",
            "/org/a11y/bus",
            "org.a11y.Bus",
            "GetAddress",
            None,
            GLib.VariantType("(s)"),
            0,
            -1,
            None,
        ).unpack()[0]
        flags = (
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
            | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION
        )
        a11y = Gio.DBusConnection.new_for_address_sync(address, flags, None, None)
        pids.append(bus_pid(a11y, "org.a11y.atspi.Registry"))
        a11y.close_sync(None)
    except Exception:
        pass
    return [pid for pid in pids if pid]


def start_bus(procs):
    launcher = subprocess.Popen(
        [LAUNCHER, "--launch-immediately"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    procs.append(launcher)
    bus = session_bus()
    deadline = time.monotonic() + 10
    while not has_owner(bus, "org.a11y.Bus"):
        if launcher.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("at-spi-bus-launcher did not take the name org.a11y.Bus")
        time.sleep(0.05)
    enable_accessibility(bus)


# ---------------------------------------------------------------- reading the tree


def find_app(pyatspi, pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        try:
            app = desktop.getChildAtIndex(index)
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:  # an application that went away while we looked
            continue
    return None


def fresh(node):
    """Makes libatspi ask the app again instead of answering from its cache."""
    from gi.repository import Atspi

    try:
        Atspi.Accessible.set_cache_mask(node, Atspi.Cache.NONE)
        node.clear_cache()
    except Exception:
        pass


def count_nodes(node):
    total = 1
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            total += count_nodes(child)
    return total


def node_value(node):
    """(current, minimum, maximum, text) from the Value interface, or None without one."""
    try:
        value = node.queryValue()
    except NotImplementedError:
        return None
    text = ""
    try:
        text = value.get_text() or ""
    except Exception:
        pass
    return (value.currentValue, value.minimumValue, value.maximumValue, text)


def node_text(node):
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, -1)


def node_extents(node, pyatspi):
    try:
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    except NotImplementedError:
        return None
    return (box.x, box.y, box.width, box.height)


def read_tree(node, pyatspi, path=()):
    """The tree as nested dicts; `path` names the ancestors, outermost first."""
    role = node.getRoleName()
    item = {
        "role": role,
        "name": node.name or "",
        "description": node.description or "",
        "value": node_value(node),
        "text": node_text(node),
        "extents": node_extents(node, pyatspi),
        "states": sorted(
            pyatspi.stateToString(state)
            for state in node.getState().getStates()
            if pyatspi.stateToString(state) in ("focusable", "focused", "checked", "selected")
        ),
        "path": path,
        "children": [],
    }
    item["label"] = label(role, item["name"], node.getIndexInParent())
    here = path + (item["label"],)
    previous = None
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            child_item = read_tree(child, pyatspi, here)
            # The sibling before a node, to tell which of several unnamed nodes is meant.
            child_item["after"] = previous
            item["children"].append(child_item)
            if child_item["name"]:
                name = child_item["name"]
                short = name if len(name) <= 70 else name[:67] + "..."
                previous = f"{child_item['role']} {short!r}"
    return item


def label(role, name, index):
    text = f"{role}[{index}]" if index >= 0 else role
    return f"{text} {name!r}" if name else text


def walk(item):
    yield item
    for child in item["children"]:
        yield from walk(child)


# ---------------------------------------------------------------- checking


def has_value(item):
    value = item["value"]
    if value is not None and not math.isnan(value[0]):
        return True
    return bool((item["text"] or "").strip())


def problems(item):
    role, named = item["role"], bool(item["name"].strip())
    found = []
    if role in CONTROL_ROLES and not named:
        found.append(f"{role} without a name")
    if role in CHART_ROLES and not named:
        found.append(f"{role} node without a name (how a chart or a bare interactive area comes out)")
    if role == "progress bar" and not has_value(item):
        found.append("progress bar without a value")
    return found


def checked(item):
    return item["role"] in CONTROL_ROLES or item["role"] in CHART_ROLES


# ---------------------------------------------------------------- writing the dump


def number(x):
    if x is None or math.isnan(x):
        return "none"
    if abs(x) > 1e300:
        return "unset"
    return f"{x:g}"


def describe(item):
    parts = [item["role"], repr(item["name"])]
    if item["description"]:
        parts.append(f"description={item['description']!r}")
    if item["value"] is not None:
        current, low, high, text = item["value"]
        parts.append(f"value={number(current)} (range {number(low)}..{number(high)})")
        if text:
            parts.append(f"value-text={text!r}")
    if item["text"] is not None and item["text"] != item["name"]:
        parts.append(f"text={item['text']!r}")
    if item["states"]:
        parts.append("[" + ", ".join(item["states"]) + "]")
    if item["extents"] is not None:
        x, y, w, h = item["extents"]
        parts.append(f"@{x},{y} {w}x{h}")
    return " ".join(parts)


def dump_lines(item, depth=0):
    flags = problems(item)
    mark = "  <-- " + "; ".join(flags) if flags else ""
    yield "  " * depth + describe(item) + mark
    for child in item["children"]:
        yield from dump_lines(child, depth + 1)


# ---------------------------------------------------------------- one screen


def stop(proc):
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_for_tree(pyatspi, app_proc, screen, log_path):
    """The app's settled tree; raises RuntimeError when it never appears or settles."""
    start = time.monotonic()
    app = None
    last_count, stable_since = -1, None
    while True:
        now = time.monotonic()
        if app_proc.poll() is not None:
            raise RuntimeError(
                f"{screen}: the app exited with status {app_proc.returncode}; see {log_path}"
            )
        if now - start > TIMEOUT:
            if app is None:
                raise RuntimeError(
                    f"{screen}: no accessible application for pid {app_proc.pid} after "
                    f"{TIMEOUT:.0f} s (is AccessKit enabled in the build? see {log_path})"
                )
            raise RuntimeError(
                f"{screen}: the accessibility tree never stopped changing in {TIMEOUT:.0f} s "
                f"(last size {last_count} nodes)"
            )
        try:
            if app is None:
                app = find_app(pyatspi, app_proc.pid)
            count = -1
            if app is not None:
                fresh(app)
                count = count_nodes(app)
        except Exception:  # the tree changed while we walked it: try again
            count = -1
        # A frame with some content under the application, unchanged for SETTLE seconds.
        if count > 2 and count == last_count:
            if now - stable_since >= SETTLE:
                return app, time.monotonic() - start
        else:
            last_count, stable_since = count, now
        time.sleep(POLL)


def check_screen(pyatspi, binary, screen, file, outdir):
    log_path = os.path.join(outdir, f"{screen}.log")
    with open(log_path, "wb") as app_log:
        app_proc = subprocess.Popen(
            [binary, file, "--screen", screen],
            stdin=subprocess.DEVNULL,
            stdout=app_log,
            stderr=subprocess.STDOUT,
        )
    try:
        app, waited = wait_for_tree(pyatspi, app_proc, screen, log_path)
        # Read the whole tree; retry once if it shifts under us.
        for attempt in range(3):
            try:
                fresh(app)
                tree = read_tree(app, pyatspi)
                break
            except Exception:
                if attempt == 2:
                    raise
                time.sleep(0.5)
    finally:
        stop(app_proc)

    nodes = list(walk(tree))
    subjects = [item for item in nodes if checked(item)]
    failures = [(item, flag) for item in nodes for flag in problems(item)]
    dump_path = os.path.join(outdir, f"{screen}.tree.txt")
    with open(dump_path, "w", encoding="utf-8") as dump:
        dump.write(f"# career-explorer {file} --screen {screen}\n")
        dump.write(
            f"# {len(nodes)} nodes, {len(subjects)} checked (controls and charts), "
            f"{len(failures)} failures; settled after {waited:.1f} s\n"
        )
        for line in dump_lines(tree):
            dump.write(line + "\n")

    status = "FAIL" if failures else "ok"
    print(
        f"{screen}: {status}: {len(nodes)} nodes, {len(subjects)} checked, "
        f"{len(failures)} failures ({dump_path})",
        flush=True,
    )
    for item, flag in failures:
        print(f"  {flag}: {describe(item)}", flush=True)
        print(f"    at {' > '.join(item['path'] + (item['label'],))}", flush=True)
        if item.get("after"):
            print(f"    after {item['after']}", flush=True)
    return not failures


def main(argv):
    if "--" not in argv or argv.index("--") < 2 or len(argv) != argv.index("--") + 2:
        print(__doc__, file=sys.stderr)
        return 2
    split = argv.index("--")
    outdir, jobs, binary = argv[0], argv[1:split], argv[split + 1]
    screens = []
    for job in jobs:
        screen, sep, file = job.partition("=")
        if not sep or not screen or not file:
            log(f"expected SCREEN=FILE, got {job!r}")
            return 2
        screens.append((screen, file))

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)
    procs = []
    try:
        start_bus(procs)
        # Only now: libatspi reads the bus address when it first connects.
        import pyatspi

        all_passed = True
        for screen, file in screens:
            all_passed &= check_screen(pyatspi, binary, screen, file, outdir)
        return 0 if all_passed else 1
    except (RuntimeError, Interrupted) as error:
        log(str(error))
        return 2
    finally:
        for pid in activated_pids():
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass
        for proc in procs:
            stop(proc)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

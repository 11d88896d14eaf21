"""servelib.py — helpers shared by the HTTP tests (Python standard library
only): a temporary store with generated documents, tokens, `caviar serve`
started on a free port with a configuration file, raw HTTP requests."""
import http.client
import json
import os
import re
import signal
import socket
import threading
import subprocess
import sys

CAVIAR = os.environ.get("CAVIAR_BIN") or (sys.argv[1] if len(sys.argv) > 1 else None)
SKIP = 77


class Checks:
    def __init__(self):
        self.failures = 0

    def __call__(self, cond, what):
        print(("ok    " if cond else "FAIL  ") + what, flush=True)
        if not cond:
            self.failures += 1
        return cond


def make_env(tmp):
    env = dict(os.environ, CAVIAR_STORE=os.path.join(tmp, "store"),
               CAVIAR_KEY_FILE=os.path.join(tmp, "master.key"), LC_ALL="C.UTF-8")
    env.pop("CAVIAR_CONFIG", None)
    env["XDG_CONFIG_HOME"] = os.path.join(tmp, "xdg")
    return env


def run(args, env, timeout=120):
    return subprocess.run([CAVIAR] + list(args), env=env, capture_output=True,
                          text=True, timeout=timeout)


def ingest(env, tmp, files, collection="default", name="docs"):
    """Writes {file name: text} under tmp/name and ingests it; None when
    ingestion cannot run here (the caller skips)."""
    d = os.path.join(tmp, name)
    os.makedirs(d, exist_ok=True)
    for fname, text in files.items():
        os.makedirs(os.path.dirname(os.path.join(d, fname)), exist_ok=True)
        with open(os.path.join(d, fname), "w", encoding="utf-8") as f:
            f.write(text)
    r = run(["ingest", "--collection", collection, d], env)
    if r.returncode != 0:
        print("caviar ingest failed: %s" % r.stderr.strip()[-300:])
        return None
    return r


def token(env, collection="default", extra=()):
    r = run(["token", "create", "--collection", collection] + list(extra), env)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def write_config(tmp, serve=None, extra=""):
    path = os.path.join(tmp, "caviar.conf")
    with open(path, "w") as f:
        if serve:
            f.write("[serve]\n")
            for k, v in serve.items():
                f.write("%s = %s\n" % (k, v))
        f.write(extra)
    return path


class Server:
    def __init__(self, env, config=None, listen="127.0.0.1:0", args=()):
        cmd = [CAVIAR, "serve", "--listen", listen] + list(args)
        if config:
            cmd += ["--config", config]
        self.p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        self.url = self.ops_url = None
        line = self.p.stdout.readline()
        m = re.search(r"listening on (\S+)", line)
        self.url = m.group(1) if m else None
        if self.url is None:
            self.stop()
            raise RuntimeError("serve did not start: " + line + self.output)
        if config and "ops-listen" in open(config).read():
            m = re.search(r"on (\S+)", self.p.stdout.readline())
            self.ops_url = m.group(1) if m else None
        # Drain both pipes for the server's whole life: a server that logs
        # (access log, warnings) must never block on a full pipe.
        self._out, self._err = [], []
        self._drains = [threading.Thread(target=_drain, args=(f, acc), daemon=True)
                        for f, acc in ((self.p.stdout, self._out),
                                       (self.p.stderr, self._err))]
        for t in self._drains:
            t.start()

    def logged(self):
        """What the server wrote to stderr so far."""
        return "".join(self._err)

    def stop(self):
        self.p.send_signal(signal.SIGTERM)
        try:
            self.p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()
        for t in getattr(self, "_drains", ()):
            t.join(timeout=5)
        if hasattr(self, "_out"):
            self.output = "".join(self._out) + "".join(self._err)
        else:
            out, err = self.p.communicate()
            self.output = (out or "") + (err or "")
        return self.p.returncode


def _drain(f, acc):
    for line in f:
        acc.append(line)


def host_port(url):
    m = re.match(r"https?://([^:/]+|\[[^\]]+\]):(\d+)", url)
    return m.group(1).strip("[]"), int(m.group(2))


def request(url, method, path, body=None, token=None, headers=None,
            timeout=10, source=None, context=None):
    """(status, headers dict (lower-case names), body text)."""
    host, port = host_port(url)
    src = (source, 0) if source else None
    if url.startswith("https:"):
        c = http.client.HTTPSConnection(host, port, timeout=timeout,
                                        source_address=src, context=context)
    else:
        c = http.client.HTTPConnection(host, port, timeout=timeout,
                                       source_address=src)
    h = dict(headers or {})
    if token:
        h["Authorization"] = "Bearer " + token
    data = None
    if body is not None:
        data = body if isinstance(body, (bytes, str)) else json.dumps(body)
        h.setdefault("Content-Type", "application/json")
    try:
        c.request(method, path, body=data, headers=h)
        r = c.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, \
            r.read().decode("utf-8", "replace")
    finally:
        c.close()


def raw(url, data, timeout=5):
    """Sends bytes as they are; the status of the answer (0 if none)."""
    host, port = host_port(url)
    s = socket.create_connection((host, port), timeout=timeout)
    try:
        s.sendall(data)
        out = b""
        while b"\r\n" not in out:
            chunk = s.recv(4096)
            if not chunk:
                break
            out += chunk
        m = re.match(rb"HTTP/1\.[01] (\d+)", out)
        return int(m.group(1)) if m else 0
    finally:
        s.close()

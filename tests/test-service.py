#!/usr/bin/env python3
"""test-service.py — `caviar serve` as the one owner of the store, driven
through the built binary (Python 3 standard library only).

With the service running, the CLI works on the same store through its
control socket: ingest, forget, search, list, export, verify, token.  Checks
that a forgotten document is never served again once `forget` returned
(searched and fetched through HTTP at once, and hammered while it runs), that
a stored document is searchable through the API within 1 s of its "stored"
line, that a file named after a person with a SIN never shows either in any
output (CLI, API, service logs), that odd file names (invalid UTF-8, a new
line) neither break JSON nor forge lines, that a changed file replaces its
previous version, that `forget --source` works with relative and absolute
paths, that a client interrupted mid-ingest leaves the service healthy; and,
without a service: a second writer waits for the first with a message,
broken or unknown configuration is an error with file and line, and eval
counts what it could not check as not verified.
Usage: test-service.py CAVIAR
"""
import json
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

CAVIAR = os.path.abspath(sys.argv[1])
failures = 0

SIN_FORMS = ["046-454-286", "046 454 286", "046454286"]
NAME_FORMS = ["Julie Roy", "Julie", "julie"]
SIN_NAME = "Plainte Julie Roy NAS 046-454-286.txt"


def check(cond, what):
    global failures
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        failures += 1


def run(args, env, timeout=120, **kw):
    return subprocess.run([CAVIAR] + args, env=env, capture_output=True,
                          timeout=timeout, **kw)


def text(r):
    return r.stdout.decode("utf-8", "replace") + r.stderr.decode("utf-8", "replace")


class Api:
    def __init__(self, url, token):
        self.url, self.token = url, token

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Authorization": "Bearer " + self.token,
                                              "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, r.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8")

    def search(self, query, k=10):
        code, body = self.call("POST", "/v1/search", {"collection": "default",
                                                       "query": query, "k": k})
        return code, (json.loads(body)["results"] if code == 200 else []), body

    def document(self, doc):
        return self.call("GET", "/v1/documents/%s?collection=default" % doc)


def leaks(s):
    return [f for f in SIN_FORMS + NAME_FORMS if f in s]


def start_service(env, extra=()):
    p = subprocess.Popen([CAVIAR, "serve", "--listen", "127.0.0.1:0"] + list(extra),
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    line = p.stdout.readline().decode()
    m = re.search(r"listening on (http://\S+)", line)
    return p, (m.group(1) if m else None)


def stop_service(p):
    p.send_signal(signal.SIGTERM)
    try:
        out, err = p.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
    return p.returncode, out.decode("utf-8", "replace") + err.decode("utf-8", "replace")


def test_service(tmp):
    env = dict(os.environ, CAVIAR_STORE=os.path.join(tmp, "store"),
               CAVIAR_KEY_FILE=os.path.join(tmp, "master.key"), LC_ALL="C.UTF-8")
    env.pop("CAVIAR_CONFIG", None)
    env["XDG_CONFIG_HOME"] = os.path.join(tmp, "xdg")
    docs = os.path.join(tmp, "docs")
    os.makedirs(docs)
    with open(os.path.join(docs, "seed.txt"), "w") as f:
        f.write("Le comité municipal a adopté le budget des travaux de voirie.\n")
    r = run(["ingest", docs], env)
    check(r.returncode == 0, "seed ingest without a service")

    outputs = []  # everything caviar printed, checked for the name and SIN
    server, url = start_service(env)
    check(url is not None, "serve listens")
    sock = os.path.join(tmp, "store", "control.sock")
    check(os.path.exists(sock) and stat.S_ISSOCK(os.stat(sock).st_mode),
          "control socket in the store directory")
    check(stat.S_IMODE(os.stat(sock).st_mode) == 0o600, "control socket is 0600")
    try:
        r = run(["token", "create"], env)
        check(r.returncode == 0 and r.stdout.startswith(b"cvt_"),
              "token create through the service")
        api = Api(url, r.stdout.decode().strip())

        # --- a file named after a person, with a SIN in its name ---
        with open(os.path.join(docs, SIN_NAME), "w") as f:
            f.write("Plainte reçue au sujet du déneigement: mot repère zorblax.\n")
        p = subprocess.Popen([CAVIAR, "ingest", docs], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stored_at, lines = None, []
        for raw in p.stdout:
            lines.append(raw.decode("utf-8", "replace"))
            if stored_at is None and ": stored " in lines[-1]:
                stored_at = time.monotonic()
        err = p.stderr.read().decode("utf-8", "replace")
        p.wait()
        out = "".join(lines)
        outputs.append(out + err)
        check(p.returncode == 0 and stored_at is not None,
              "caviar ingest through the service")
        check("seed.txt: already stored" in out, "content already stored is skipped")
        found_at = None
        while stored_at is not None and time.monotonic() - stored_at < 5:
            code, hits, body = api.search("zorblax")
            outputs.append(body)
            if hits:
                found_at = time.monotonic()
                break
            time.sleep(0.02)
        check(found_at is not None and found_at - stored_at <= 1.0,
              "searchable through the API within 1 s of its stored line (%.3f s)"
              % ((found_at or 0) - (stored_at or 0)))
        doc = hits[0]["doc"] if found_at else ""
        source = hits[0]["source"] if found_at else ""
        check(source.startswith("docs/") and "[PERSONNE]" in source
              and source.endswith("[NAS].txt"),
              "source is relative and redacted: %r" % source)
        code, body = api.document(doc)
        outputs.append(body)
        check(code == 200, "document endpoint serves it")

        for args in (["list"], ["list", "--json"], ["export"], ["export", "--text"],
                     ["search", "zorblax"], ["search", "--json", "zorblax"],
                     ["stats"], ["verify"], ["ingest", "--json", docs]):
            r = run(args, env)
            outputs.append(text(r))
            check(r.returncode == 0, "caviar %s through the service" % " ".join(args))
        check("zorblax" in outputs[-6], "caviar search finds it")

        # --- forget: gone from the API the moment it returns ---
        stop = threading.Event()
        after_forget = threading.Event()
        bad = []

        def hammer():
            while not stop.is_set():
                was_after = after_forget.is_set()
                code, hits, body = api.search("zorblax")
                if code != 200:
                    bad.append("search %d" % code)
                elif was_after and any(h["doc"] == doc for h in hits):
                    bad.append("served after forget")
                dcode, _ = api.document(doc)
                if dcode not in (200, 404):
                    bad.append("document %d" % dcode)
                elif was_after and dcode == 200:
                    bad.append("document served after forget")

        threads = [threading.Thread(target=hammer) for _ in range(3)]
        for t in threads:
            t.start()
        time.sleep(0.2)
        r = run(["forget", doc], env)
        after_forget.set()
        code, hits, _ = api.search("zorblax")
        dcode, _ = api.document(doc)
        time.sleep(0.3)
        stop.set()
        for t in threads:
            t.join()
        check(r.returncode == 0 and b"forgot 1 document" in r.stdout,
              "caviar forget through the service")
        check(code == 200 and not hits, "search right after forget returns: nothing")
        check(dcode == 404, "document right after forget returns: 404")
        check(not bad, "no error and nothing forgotten served while forget ran (%s)"
              % ", ".join(sorted(set(bad))))

        # --- odd names: invalid UTF-8, a new line ---
        odd = os.path.join(tmp, "odd").encode()
        os.makedirs(odd)
        with open(os.path.join(odd, b"caf\xe9-latin1.txt"), "w") as f:
            f.write("Document au nom en latin-1: mot quokka.\n")
        with open(os.path.join(odd, b"evil\nforged.txt: stored 000000000000"), "w") as f:
            f.write("Un nom avec un saut de ligne: mot wombat.\n")
        r = run(["ingest", "--json", odd], env)
        outputs.append(text(r))
        objs = []
        ok = r.returncode == 0 and b"CRITICAL" not in r.stderr
        for line in r.stdout.decode("utf-8").splitlines():  # must be UTF-8
            try:
                objs.append(json.loads(line))
            except ValueError:
                ok = False
        check(ok and len(objs) == 3, "ingest --json with odd names: valid JSON lines")
        r = run(["ingest", odd], env)
        lines = r.stdout.decode("utf-8").splitlines()
        check(not any(l.startswith("forged.txt") for l in lines),
              "a new line in a name forges no output line")
        r = run(["list"], env)
        check(not any(l.startswith("forged.txt") for l in r.stdout.decode().splitlines()),
              "nor in list")

        # --- replacement and forget --source ---
        mutable = os.path.join(docs, "avis.txt")
        with open(mutable, "w") as f:
            f.write("Avis version un: mot capybara.\n")
        run(["ingest", docs], env)
        with open(mutable, "w") as f:
            f.write("Avis version deux: mot okapi.\n")
        r = run(["ingest", docs], env)
        check(r.returncode == 0 and "(replaces " in r.stdout.decode(),
              "a changed file replaces its previous version")
        code, hits, _ = api.search("capybara")
        code2, hits2, _ = api.search("okapi")
        check(not hits and hits2, "only the new version is served")
        r = run(["list"], env)
        check("(replaces " in r.stdout.decode(), "list shows the replacement")
        r = run(["forget", "--source", "docs/avis.txt"], env)
        check(r.returncode == 0 and b"forgot 1 document" in r.stdout,
              "forget --source with the path under the ingested folder (%s)"
              % text(r).strip())
        check(not api.search("okapi")[1], "and it is gone")
        with open(mutable, "w") as f:
            f.write("Avis version trois: mot tapir.\n")
        run(["ingest", docs], env)
        r = run(["forget", "--source", mutable], env)  # absolute
        check(r.returncode == 0 and b"forgot 1 document" in r.stdout,
              "forget --source with the absolute path (%s)" % text(r).strip())
        r = subprocess.run([CAVIAR, "forget", "--source", "avis.txt"], env=env,
                           cwd=docs, capture_output=True)
        check(r.returncode == 1, "forget --source relative to the caller's directory "
              "(nothing left to forget)")

        # --- two clients at once, and one interrupted ---
        many = os.path.join(tmp, "many")
        os.makedirs(many)
        for i in range(40):
            with open(os.path.join(many, "n%02d.txt" % i), "w") as f:
                f.write("Note numéro %d sur l'entretien des parcs, mot lynx%d.\n" % (i, i))
        a = subprocess.Popen([CAVIAR, "ingest", "-q", many], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        b = subprocess.Popen([CAVIAR, "ingest", "-q", many], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        a.wait(timeout=120)
        b.wait(timeout=120)
        check(a.returncode == 0 and b.returncode == 0,
              "two ingests at once through the service both succeed")
        more = os.path.join(tmp, "more")
        os.makedirs(more)
        for i in range(60):
            with open(os.path.join(more, "m%02d.txt" % i), "w") as f:
                f.write("Mémo %d du service des loisirs, mot ocelot%d.\n" % (i, i))
        c = subprocess.Popen([CAVIAR, "ingest", "-j", "1", more], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(0.3)
        c.send_signal(signal.SIGINT)
        c.wait(timeout=30)
        r = run(["verify"], env)
        check(r.returncode == 0 and server.poll() is None,
              "a client interrupted mid-ingest leaves the service healthy (%s)"
              % text(r).strip())
        r = run(["search", "lynx7"], env)
        check(r.returncode == 0 and b"lynx7" in r.stdout, "search through the service")
    finally:
        rc, log = stop_service(server)
    outputs.append(log)
    check(rc == 0, "SIGTERM stops the service with 0 (%s; %s)"
          % (rc, " | ".join(log.strip().splitlines()[-6:]) if rc else ""))
    check(not os.path.exists(sock), "control socket removed")
    found = sorted({f for o in outputs for f in leaks(o)})
    check(not found, "the name and SIN of the file never show in any output (%s)"
          % ", ".join(found))


def test_stop_mid_request(tmp):
    """SIGTERM while a request on the control socket winds down (its client
    interrupted): the request's thread ends while the service stops, not
    from the main loop; the service must still exit with 0."""
    env = dict(os.environ, CAVIAR_STORE=os.path.join(tmp, "store3"),
               CAVIAR_KEY_FILE=os.path.join(tmp, "k3"), LC_ALL="C.UTF-8",
               XDG_CONFIG_HOME=os.path.join(tmp, "xdg3"))
    env.pop("CAVIAR_CONFIG", None)
    docs = os.path.join(tmp, "stopdocs")
    os.makedirs(docs)
    for i in range(300):
        with open(os.path.join(docs, "s%03d.txt" % i), "w") as f:
            f.write("Avis %d sur les horaires de la bibliothèque, mot puma%d.\n" % (i, i))
    results = []
    for delay in (0.0, 0.05, 0.1, 0.2, 0.4):
        server, url = start_service(env)
        c = subprocess.Popen([CAVIAR, "ingest", "-q", "-j", "1", docs], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(0.5)
        c.send_signal(signal.SIGINT)
        time.sleep(delay)
        rc, log = stop_service(server)
        c.communicate(timeout=60)
        results.append((delay, rc, "" if rc == 0 else log.strip().splitlines()[-1:]))
    bad = [r for r in results if r[1] != 0]
    check(not bad, "SIGTERM while an interrupted client's request ends: exit 0 (%s)"
          % bad)


def test_standalone(tmp):
    env = dict(os.environ, CAVIAR_STORE=os.path.join(tmp, "store2"),
               CAVIAR_KEY_FILE=os.path.join(tmp, "k2"), LC_ALL="C.UTF-8",
               XDG_CONFIG_HOME=os.path.join(tmp, "xdg2"))
    env.pop("CAVIAR_CONFIG", None)
    # two writers without a service: the second waits, with a message
    big = os.path.join(tmp, "big")
    os.makedirs(big)
    for i in range(400):
        with open(os.path.join(big, "b%03d.txt" % i), "w") as f:
            f.write("Rapport %d sur la collecte des matières résiduelles.\n" % i)
    small = os.path.join(tmp, "small")
    os.makedirs(small)
    with open(os.path.join(small, "s.txt"), "w") as f:
        f.write("Un petit document.\n")
    run(["ingest", small], env)  # creates the store and its key
    a = subprocess.Popen([CAVIAR, "ingest", "-q", "-j", "1", big], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lock = os.path.join(tmp, "store2", "owner.lock")
    for _ in range(100):
        if os.path.exists(lock) and os.path.getsize(lock) > 0:
            break
        time.sleep(0.02)
    r = run(["forget", "--source", "small/s.txt"], env)
    a.wait(timeout=120)
    err = r.stderr.decode()
    check(r.returncode == 0 and "waiting for the store, held by PID %d" % a.pid in err,
          "a second writer waits for the first (%s)" % err.strip().splitlines()[:1])
    check(a.returncode == 0, "the first writer finishes")
    r = run(["list"], env)
    check(r.returncode == 0 and r.stdout.count(b"\n") == 401, "both did their work")

    # a broken or missing --config is an error, never another store
    conf = os.path.join(tmp, "bad.conf")
    with open(conf, "w") as f:
        f.write("[store]\ndir = %s\n\n[ingest]\njobs = 2\nocr-langs = fra\n[wtach \"x\"]\n"
                % os.path.join(tmp, "store2"))
    r = run(["list", "--config", conf], env)
    check(r.returncode == 1 and ("%s:6: unknown key 'ocr-langs'" % conf) in r.stderr.decode()
          and ("%s:7: unknown section" % conf) in r.stderr.decode(),
          "unknown keys and sections are errors with file and line")
    r = run(["list", "--config", os.path.join(tmp, "missing.conf")], env)
    check(r.returncode == 1 and b"missing.conf" in r.stderr, "a missing --config is an error")
    r = run(["serve", "--config", conf, "--listen", "127.0.0.1:0"], env)
    check(r.returncode != 0 and b"unknown key" in r.stderr, "serve refuses it too")

    # eval: what could not be checked is not verified, and counts as failed
    ev = os.path.join(tmp, "eval")
    os.makedirs(os.path.join(ev, "docs"))
    with open(os.path.join(ev, "docs", "ok.txt"), "w") as f:
        f.write("Le numéro d'assurance sociale 046 454 286 de la requérante.\n")
    with open(os.path.join(ev, "docs", "img.bin"), "wb") as f:
        f.write(os.urandom(2048))
    open(os.path.join(ev, "docs", "empty.txt"), "w").close()
    with open(os.path.join(ev, "labels.jsonl"), "w") as f:
        for name in ("ok.txt", "img.bin", "empty.txt"):
            f.write(json.dumps({"file": "docs/" + name, "format": name.split(".")[1],
                                "pii": [{"type": "SIN", "value": "046 454 286"}]}) + "\n")
    r = run(["eval", "--json", os.path.join(ev, "labels.jsonl")], env)
    rep = json.loads(r.stdout) if r.stdout.strip() else {}
    check(r.returncode == 1 and rep.get("failed") == 2 and rep.get("not_verified") == 2
          and rep["types"]["SIN"]["not_verified"] == 2 and rep["types"]["SIN"]["leaked"] == 0,
          "eval: a failed or empty document counts as failed, its identifiers not verified")
    # a labels line with no JSON value (a comment, a lone byte order mark),
    # not an object, or a NUL: an error naming the line, no GLib critical
    good = json.dumps({"file": "docs/ok.txt", "pii": []})
    for bad, why in (("/* commentaire */", b"no JSON value"),
                     ("\ufeff", b"no JSON value"), ("[1, 2]", b"not a JSON object"),
                     ('{"file": "do\0cs"}', b"NUL byte")):
        with open(os.path.join(ev, "bad.jsonl"), "w", encoding="utf-8") as f:
            f.write("%s\n \t\n%s\n%s\n" % (good, bad, good))
        r = run(["eval", os.path.join(ev, "bad.jsonl")], env)
        err = r.stderr
        check(r.returncode == 1 and b"bad.jsonl:3: " in err and why in err and
              b"CRITICAL" not in err and b"WARNING" not in err,
              "eval: a labels line %r is an error naming line 3 (%s)" % (bad, err[-160:]))
    # blank lines are skipped, and so is a byte order mark before the file
    with open(os.path.join(ev, "bom.jsonl"), "w", encoding="utf-8") as f:
        f.write("\ufeff%s\n\n  \n" % good)
    r = run(["eval", "--json", os.path.join(ev, "bom.jsonl")], env)
    rep = json.loads(r.stdout) if r.stdout.strip() else {}
    check(rep.get("documents") == 1 and b"CRITICAL" not in r.stderr,
          "eval: a byte order mark and blank lines are no error (%s)" % r.stderr[-160:])
    r = run(["ingest", os.path.join(tmp, "nothing-here")], env)
    check(r.returncode == 1 and b"total: 1 file: 0 stored, 0 already stored, 1 failed"
          in r.stdout, "a missing path counts as one failed file")


def main():
    with tempfile.TemporaryDirectory(prefix="caviar-service-") as tmp:
        test_service(tmp)
        test_standalone(tmp)
        test_stop_mid_request(tmp)
    print("%d failure(s)" % failures)
    sys.exit(1 if failures else 0)


main()

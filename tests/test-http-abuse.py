#!/usr/bin/env python3
"""test-http-abuse.py — `caviar serve` survives abusive clients (issue #13):

- slowloris: 300 connections (150 from one address, 150 from 75 others)
  send one header line every 2 s and reconnect when cut; meanwhile a
  legitimate client (its own address) searches every 0.2 s and each answer
  comes within 1 s; the watchdog cuts the slow connections (metrics), the
  per-address cap holds;
- duplicate, conflicting or invalid Content-Length, or one beside
  Transfer-Encoding: 400;
- /metrics and /v1/health on their own listener (ops-listen) behind a token
  (ops-token-file): 404 on the API listener, 401 without the token.
Usage: test-http-abuse.py CAVIAR (or $CAVIAR_BIN)
"""
import os
import socket
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import servelib  # noqa: E402
from servelib import request, raw  # noqa: E402

check = servelib.Checks()
ATTACK_SECONDS = float(os.environ.get("CAVIAR_SLOWLORIS_SECONDS", "12"))
HEADER_TIMEOUT = 3


def slowloris(url, stop, counts):
    host, port = servelib.host_port(url)
    sources = ["127.0.0.1"] * 150 + ["127.0.1.%d" % (1 + i // 2) for i in range(150)]
    socks = [None] * len(sources)
    while not stop.is_set():
        for i, src in enumerate(sources):
            s = socks[i]
            try:
                if s is None:
                    s = socket.socket()
                    s.setblocking(False)
                    s.bind((src, 0))
                    try:
                        s.connect((host, port))
                    except BlockingIOError:
                        pass
                    socks[i] = s
                    counts["opened"] += 1
                    s.send(b"POST /v1/search HTTP/1.1\r\nHost: x\r\n")
                else:
                    s.send(b"X-Slow-%d: a\r\n" % i)
            except (BlockingIOError, InterruptedError):
                pass
            except OSError:
                counts["cut"] += 1
                s.close()
                socks[i] = None
        stop.wait(2.0)
    for s in socks:
        if s is not None:
            s.close()


def main():
    if not servelib.CAVIAR:
        print("CAVIAR_BIN not set")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        env = servelib.make_env(tmp)
        if servelib.ingest(env, tmp, {
                "voirie.txt": "Le comité a adopté le budget des travaux de voirie.\n",
                "parc.txt": "Le parc municipal ouvre ses jeux d'eau en juin.\n"}) is None:
            print("skip: ingest does not run here")
            return servelib.SKIP
        tok = servelib.token(env)
        ops_tok_file = os.path.join(tmp, "ops.token")
        ops_tok = "ops-" + os.urandom(16).hex()
        with open(ops_tok_file, "w") as f:
            f.write(ops_tok + "\n")
        os.chmod(ops_tok_file, 0o644)
        conf = servelib.write_config(tmp, {
            "header-timeout": HEADER_TIMEOUT, "body-timeout": 5,
            "max-connections-per-ip": 64, "ops-listen": "127.0.0.1:0",
            "ops-token-file": ops_tok_file})
        r = servelib.run(["serve", "--listen", "127.0.0.1:0", "--config", conf], env,
                         timeout=30)
        check(r.returncode != 0 and "readable by others" in r.stderr,
              "an ops token file readable by others is refused")
        os.chmod(ops_tok_file, 0o600)
        srv = servelib.Server(env, conf)
        try:
            url, ops = srv.url, srv.ops_url
            check(ops is not None and ops != url, "ops listener apart: %s" % ops)
            q = {"query": "budget voirie"}

            # --- framing ---
            body = b'{"query":"budget"}'
            head = b"POST /v1/search HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + \
                tok.encode() + b"\r\nContent-Type: application/json\r\n"
            ok = raw(url, head + b"Content-Length: %d\r\n\r\n" % len(body) + body)
            check(ok == 200, "one Content-Length: 200 (%d)" % ok)
            for what, extra in [
                    ("duplicate", b"Content-Length: %d\r\nContent-Length: %d\r\n" % (len(body), len(body))),
                    ("conflicting", b"Content-Length: %d\r\nContent-Length: 5\r\n" % len(body)),
                    ("invalid", b"Content-Length: +18\r\n"),
                    ("with Transfer-Encoding", b"Content-Length: %d\r\nTransfer-Encoding: chunked\r\n" % len(body))]:
                st = raw(url, head + extra + b"\r\n" + body)
                check(st == 400, "%s Content-Length: 400 (%d)" % (what, st))

            # --- ops endpoints ---
            st, _, _ = request(url, "GET", "/metrics")
            check(st == 404, "/metrics not on the API listener (%d)" % st)
            st, _, _ = request(url, "GET", "/v1/health")
            check(st == 404, "/v1/health not on the API listener (%d)" % st)
            st, _, _ = request(ops, "GET", "/metrics")
            check(st == 401, "/metrics without the ops token: 401 (%d)" % st)
            st, _, _ = request(ops, "GET", "/metrics", token=tok)
            check(st == 401, "/metrics with an API token: 401 (%d)" % st)
            st, _, _ = request(ops, "GET", "/v1/health", token=ops_tok)
            check(st == 200, "/v1/health with the ops token (%d)" % st)
            st, _, _ = request(ops, "POST", "/v1/search", q, token=tok)
            check(st == 404, "no search on the ops listener (%d)" % st)

            # --- slowloris ---
            st, _, _ = request(url, "POST", "/v1/search", q, token=tok)
            check(st == 200, "search before the attack")
            stop = threading.Event()
            counts = {"opened": 0, "cut": 0}
            t = threading.Thread(target=slowloris, args=(url, stop, counts))
            t.start()
            time.sleep(1.0)
            lat, errors = [], []
            end = time.monotonic() + ATTACK_SECONDS
            while time.monotonic() < end:
                t0 = time.monotonic()
                try:
                    st, _, _ = request(url, "POST", "/v1/search", q, token=tok,
                                       source="127.0.0.2", timeout=5)
                except OSError as e:
                    st = str(e)
                lat.append(time.monotonic() - t0)
                if st != 200:
                    errors.append(st)
                time.sleep(0.2)
            st, _, metrics = request(ops, "GET", "/metrics", token=ops_tok)
            stop.set()
            t.join()
            lat.sort()
            print("legit requests %d, p50 %.3f s, max %.3f s; slow connections "
                  "opened %d, seen cut %d" % (len(lat), lat[len(lat) // 2],
                                              lat[-1], counts["opened"], counts["cut"]))
            check(not errors, "every legitimate search answered 200 %s" % errors[:3])
            check(lat[-1] < 1.0, "worst legitimate latency under 1 s (%.3f s)" % lat[-1])

            def metric(name):
                for line in metrics.splitlines():
                    if line.startswith(name + " "):
                        return float(line.split()[1])
                return -1

            check(metric("caviar_http_connections_cut_total") >= 150,
                  "the watchdog cut the slow connections (%d)"
                  % metric("caviar_http_connections_cut_total"))
            print("evicted under pressure: %d" % metric("caviar_http_connections_evicted_total"))
            check(0 < metric("caviar_http_connections_open") <= 64 + 150 + 8,
                  "one address holds at most 64 connections (%d open)"
                  % metric("caviar_http_connections_open"))
            check(metric("caviar_http_bad_framing_total") >= 3,
                  "bad framing counted")
            check(counts["cut"] >= 150, "slow clients saw their connections cut")
        finally:
            rc = srv.stop()
        check(rc == 0, "serve stops cleanly")
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main())

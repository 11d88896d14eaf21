#!/usr/bin/env python3
"""test-http-tls.py — `caviar serve` over HTTPS with [serve] tls-cert and
tls-key (a self-signed certificate made here by openssl; skipped without
openssl), and CORS: off by default, [serve] cors-origins allows the origins
named (preflight 204, Access-Control-Allow-Origin on answers), others get
no CORS header.
Usage: test-http-tls.py CAVIAR (or $CAVIAR_BIN)
"""
import json
import os
import shutil
import ssl
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import servelib  # noqa: E402
from servelib import request  # noqa: E402

check = servelib.Checks()


def main():
    if not servelib.CAVIAR:
        return 1
    if shutil.which("openssl") is None:
        print("skip: openssl not installed")
        return servelib.SKIP
    with tempfile.TemporaryDirectory() as tmp:
        env = servelib.make_env(tmp)
        if servelib.ingest(env, tmp, {"a.txt": "Le budget de voirie est adopté.\n"}) is None:
            return servelib.SKIP
        tok = servelib.token(env)
        cert, key = os.path.join(tmp, "cert.pem"), os.path.join(tmp, "key.pem")
        r = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                            "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost",
                            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                           capture_output=True, text=True)
        if not check(r.returncode == 0, "openssl makes a self-signed certificate"):
            print(r.stderr)
            return 1
        os.chmod(key, 0o644)
        conf = servelib.write_config(tmp, {"tls-cert": cert, "tls-key": key})
        r = servelib.run(["serve", "--listen", "127.0.0.1:0", "--config", conf], env, timeout=30)
        check(r.returncode != 0 and "readable by others" in r.stderr,
              "a TLS key readable by others is refused")
        os.chmod(key, 0o600)
        half = servelib.write_config(tmp, {"tls-cert": cert})
        r = servelib.run(["serve", "--listen", "127.0.0.1:0", "--config", half], env, timeout=30)
        check(r.returncode != 0 and "go together" in r.stderr,
              "tls-cert without tls-key is refused")

        conf = servelib.write_config(tmp, {"tls-cert": cert, "tls-key": key,
                                           "cors-origins": "https://rag.example, https://b.example"})
        srv = servelib.Server(env, conf)
        try:
            url = srv.url
            check(url.startswith("https://127.0.0.1:"), "serve shows an https URL (%s)" % url)
            ctx = ssl.create_default_context(cafile=cert)
            st, _, text = request(url, "POST", "/v1/search", {"query": "budget"}, token=tok,
                                  context=ctx)
            check(st == 200 and json.loads(text)["total"] == 1, "search over HTTPS")
            try:
                request(url, "POST", "/v1/search", {"query": "budget"}, token=tok,
                        context=ssl.create_default_context())
                check(False, "an unknown certificate is not trusted by default")
            except ssl.SSLError:
                check(True, "the client checks the certificate (unknown CA refused)")
            plain = url.replace("https://", "http://")
            try:
                st, _, _ = request(plain, "GET", "/v1/health", timeout=3)
                check(st != 200, "plain HTTP on the TLS port is not served")
            except (OSError, ValueError, Exception):
                check(True, "plain HTTP on the TLS port is not served")
            # CORS
            st, hd, _ = request(url, "OPTIONS", "/v1/search", context=ctx, headers={
                "Origin": "https://rag.example", "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type"})
            check(st == 204 and hd.get("access-control-allow-origin") == "https://rag.example"
                  and "POST" in hd.get("access-control-allow-methods", "")
                  and "Authorization" in hd.get("access-control-allow-headers", ""),
                  "CORS preflight from an allowed origin: 204 and its headers")
            st, hd, _ = request(url, "POST", "/v1/search", {"query": "budget"}, token=tok,
                                context=ctx, headers={"Origin": "https://b.example"})
            check(st == 200 and hd.get("access-control-allow-origin") == "https://b.example"
                  and hd.get("vary") == "Origin", "an allowed origin gets Allow-Origin")
            st, hd, _ = request(url, "POST", "/v1/search", {"query": "budget"}, token=tok,
                                context=ctx, headers={"Origin": "https://evil.example"})
            check(st == 200 and "access-control-allow-origin" not in hd,
                  "another origin gets no CORS header")
            st, hd, _ = request(url, "OPTIONS", "/v1/search", context=ctx, headers={
                "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
            check(st == 405 and "access-control-allow-origin" not in hd,
                  "preflight from another origin: 405, no CORS header")
        finally:
            srv.stop()

        # CORS is off by default
        srv = servelib.Server(env)
        try:
            st, hd, _ = request(srv.url, "POST", "/v1/search", {"query": "budget"}, token=tok,
                                headers={"Origin": "https://rag.example"})
            check(st == 200 and not any(h.startswith("access-control-") for h in hd),
                  "no CORS header by default")
            st, hd, _ = request(srv.url, "OPTIONS", "/v1/search", headers={
                "Origin": "https://rag.example", "Access-Control-Request-Method": "POST"})
            check(st == 405 and hd.get("allow") == "POST", "no preflight by default: 405")
        finally:
            srv.stop()
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main())

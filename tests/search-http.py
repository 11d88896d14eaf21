#!/usr/bin/env python3
"""search-http.py — integration test of `caviar serve` with the example
client (docs/examples/caviar_client.py): ingests generated documents with
`caviar ingest` into a temporary store, creates tokens, starts the server on
an ephemeral loopback port and checks search results, 401/403/200, limits,
documents, metrics and a clean SIGTERM shutdown.

Skips (exit 77) while `caviar ingest` is not available.
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

SKIP = 77
caviar = os.environ.get("CAVIAR_BIN")
srcdir = os.environ.get("CAVIAR_SRCDIR", os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(srcdir, "docs", "examples"))
from caviar_client import CaviarClient, CaviarError  # noqa: E402


def run(args, env, **kw):
    return subprocess.run([caviar] + args, env=env, capture_output=True,
                          text=True, timeout=120, **kw)


def check(cond, what):
    if not cond:
        print("FAIL: " + what, file=sys.stderr)
        sys.exit(1)
    print("ok - " + what)


def main():
    if not caviar or not os.access(caviar, os.X_OK):
        print("CAVIAR_BIN not set or not executable: skip")
        return SKIP
    probe = subprocess.run([caviar, "ingest", "--help"], capture_output=True, text=True)
    if probe.returncode != 0 or "not available" in probe.stderr:
        print("caviar ingest not available yet: skip")
        return SKIP

    with tempfile.TemporaryDirectory(prefix="caviar-http-") as tmp:
        env = dict(os.environ)
        env["CAVIAR_STORE"] = os.path.join(tmp, "store")
        env["CAVIAR_KEY_FILE"] = os.path.join(tmp, "master.key")
        env.pop("CAVIAR_CONFIG", None)
        env["XDG_CONFIG_HOME"] = os.path.join(tmp, "config")
        docs = os.path.join(tmp, "docs")
        os.mkdir(docs)
        topics = [
            ("apiculture", "Le rucher municipal produit du miel; les abeilles "
             "butinent les fleurs du parc et l'apiculteur inspecte les ruches."),
            ("deneigement", "Le déneigement des rues commence quand la neige "
             "dépasse cinq centimètres; les souffleuses passent la nuit."),
            ("bibliotheque", "La bibliothèque prête des livres numériques; "
             "l'abonnement est gratuit pour les résidents de la ville."),
            ("recyclage", "Le bac bleu reçoit le papier, le carton et le verre; "
             "la collecte du recyclage a lieu chaque jeudi."),
        ]
        for i in range(12):
            name, text = topics[i % len(topics)]
            with open(os.path.join(docs, "%s-%02d.txt" % (name, i)), "w",
                      encoding="utf-8") as f:
                f.write("Avis numéro %d.\n\n%s\n" % (i, text))
        r = run(["ingest", "--collection", "ville", docs], env)
        if r.returncode != 0:
            # Not this test's subject (e.g. sandboxed extractors under
            # sanitizers): say so and skip rather than fail.
            print("caviar ingest failed, skipping: %s" % r.stderr.strip()[-300:])
            return SKIP
        print("ok - caviar ingest")

        r = run(["token", "create", "--collection", "ville"], env)
        check(r.returncode == 0 and r.stdout.startswith("cvt_"), "token create")
        token = r.stdout.strip()
        r = run(["token", "create", "--collection", "autre"], env)
        check(r.returncode != 0 and "--create" in r.stderr and not r.stdout,
              "token create for a collection without documents: refused")
        r = run(["token", "create", "--create", "--collection", "autre"], env)
        check(r.returncode == 0 and r.stdout.startswith("cvt_"),
              "token create --create for a collection without documents")
        other = r.stdout.strip()
        mode = os.stat(os.path.join(tmp, "store", "tokens")).st_mode & 0o777
        check(mode == 0o600, "token file is 0600")
        with open(os.path.join(tmp, "store", "tokens"), encoding="utf-8") as f:
            check(token.split("_")[2] not in f.read(), "token secret not stored")

        server = subprocess.Popen([caviar, "serve", "--listen", "127.0.0.1:0"],
                                  env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        try:
            line = server.stdout.readline()
            check("listening on http://127.0.0.1:" in line, "serve listens on loopback")
            url = line.strip().split("listening on ")[1]

            client = CaviarClient(url, token)
            check(client.health()["status"] == "ok", "health")
            hits = client.search("abeilles et ruches", collection="ville", k=3)
            check(len(hits) == 3, "search returns k results")
            check(all("apiculture" in h["source"] for h in hits),
                  "search finds the right documents")
            check(hits[0]["score"] >= hits[-1]["score"], "results best first")
            check(set(hits[0]) >= {"doc", "chunk", "score", "source", "pages", "text"},
                  "result fields")

            doc = client.document(hits[0]["doc"], collection="ville")
            check(doc["doc"] == hits[0]["doc"] and doc["chunks"], "document endpoint")

            def status_of(fn):
                try:
                    fn()
                    return 200
                except CaviarError as e:
                    return e.status

            check(status_of(lambda: CaviarClient(url).search("miel", "ville")) == 401,
                  "no token: 401")
            check(status_of(lambda: CaviarClient(url, "cvt_00_00").search("miel", "ville")) == 401,
                  "bad token: 401")
            check(status_of(lambda: CaviarClient(url, other).search("miel", "ville")) == 403,
                  "other collection's token: 403")
            check(status_of(lambda: client.search("miel", "ville", k=0)) == 400, "k=0: 400")
            check(status_of(lambda: client.search("x" * 5000, "ville")) == 400,
                  "long query: 400")
            big = urllib.request.Request(url + "/v1/search", data=b"{" + b" " * 70000 + b"}",
                                         headers={"Authorization": "Bearer " + token},
                                         method="POST")
            try:
                urllib.request.urlopen(big, timeout=10)
                code = 200
            except urllib.error.HTTPError as e:
                code = e.code
            check(code == 413, "oversized body: 413")

            # Revocation is picked up without a restart.
            tid = token.split("_")[1]
            r = run(["token", "revoke", tid], env)
            check(r.returncode == 0, "token revoke")
            import time
            time.sleep(1.2)
            check(status_of(lambda: client.search("miel", "ville")) == 401,
                  "revoked token: 401")

            with urllib.request.urlopen(url + "/metrics", timeout=10) as resp:
                metrics = resp.read().decode()
            check('caviar_http_requests_total{endpoint="search",code="200"}' in metrics
                  and "caviar_store_disk_bytes" in metrics, "metrics")
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                rc = server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                rc = None
        check(rc == 0, "SIGTERM stops the server cleanly")
    return 0


if __name__ == "__main__":
    sys.exit(main())

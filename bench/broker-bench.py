#!/usr/bin/env python3
"""broker-bench.py — scanned pages through local workers against `caviar
worker`s through RabbitMQ, on one machine; CPU time beside wall clock
(the machine may be shared).

Starts a private RabbitMQ node (tests/test-broker.py's Node), makes PAGES
scanned letter pages (tests/mkpdf + pdftoppm -r 200), then ingests them
into a fresh store each time:
  local-1   caviar ingest -j 1                (one local extractor)
  broker-1  caviar ingest -j 0 --broker + 1 x caviar worker -j 1
  local-2   caviar ingest -j 2
  broker-2  caviar ingest -j 0 --broker + 2 x caviar worker -j 1
For each: wall s, pages/s, CPU s per page of everything (owner, workers
and their extractors, the broker's Erlang VM), of the owner alone, and
the owner's stages (--timings: redact, chunk, store, index).
Then the owner's ceiling: TEXTS one-page text files (~2.1 KB of letter
prose with identifiers, the backlog mix's average page) through the
broker and 2 workers: the owner's and the broker's CPU per page when
extraction costs the owner nothing.
Usage: bench/broker-bench.py CAVIAR MKPDF [PAGES [TEXTS]]   (12, 400)
"""
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

CAVIAR, MKPDF = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
PAGES = int(sys.argv[3]) if len(sys.argv) > 3 else 12
TEXTS = int(sys.argv[4]) if len(sys.argv) > 4 else 400
HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], CAVIAR, MKPDF]
spec = importlib.util.spec_from_file_location(
    "tb", os.path.join(HERE, "..", "tests", "test-broker.py"))
tb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tb)
HZ = os.sysconf("SC_CLK_TCK")


def proc_cpu(pid):
    """user+sys seconds of a running process (its own threads)."""
    try:
        f = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / HZ
    except OSError:
        return 0.0


def children_cpu():
    r = os.times()
    return r.children_user + r.children_system


def beam_pid(node):
    try:
        return int(open(os.path.join(node.dir, "pid")).read().strip())
    except (OSError, ValueError):
        return None


def make_pages(tmp):
    d = os.path.join(tmp, "scans")
    os.makedirs(d)
    words = ("dossier municipal demande accès information décision "
             "règlement avis conseil rapport annuel budget").split()
    for i in range(PAGES):
        txt = os.path.join(tmp, "p%03d.txt" % i)
        with open(txt, "w") as f:
            f.write("Ville de Québec, le %d décembre 2026\n\n" % (i + 1))
            for k in range(14):
                f.write(" ".join(words[(i + k + j) % len(words)]
                                 for j in range(11)) + ".\n\n")
            f.write("Numéro d'assurance sociale 046 454 286.\n")
        pdf = os.path.join(tmp, "p%03d.pdf" % i)
        subprocess.run([MKPDF, txt, pdf], check=True)
        subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", pdf,
                        os.path.join(d, "page%03d" % i)], check=True)
    return d


def make_texts(tmp):
    d = os.path.join(tmp, "texts")
    os.makedirs(d)
    for i in range(TEXTS):
        with open(os.path.join(d, "lettre%04d.txt" % i), "w") as f:
            f.write("Québec, le %d décembre 2026\n\nObjet : demande d'accès "
                    "no %d\n\n" % (i % 28 + 1, 1000 + i))
            while f.tell() < 2000:
                f.write("Madame Julie Tremblay, du 1200 rue Saint-Jean, "
                        "Québec G1R 4S2, téléphone 418 555-%04d, courriel "
                        "julie.tremblay%d@exemple.qc.ca, NAS 046 454 286, "
                        "demande copie du dossier %d et des décisions du "
                        "conseil municipal qui la concernent.\n" % (i, i, i))
    return d


def run(mode, n_workers, scans, env, node, tmp):
    env = dict(env, CAVIAR_STORE=os.path.join(tmp, mode, "store"),
               CAVIAR_KEY_FILE=os.path.join(tmp, mode, "master.key"))
    os.makedirs(os.path.join(tmp, mode))
    workers = []
    if mode.startswith("broker"):
        for i in range(n_workers):
            workers.append(subprocess.Popen(
                [CAVIAR, "worker", "--worker-key", env["KEY"], "-j", "1"],
                env=env, stdout=subprocess.DEVNULL,
                stderr=open(os.path.join(tmp, mode, "w%d.log" % i), "wb")))
        time.sleep(1.5)
        args = ["-j", "0"]
    else:
        env["CAVIAR_BROKER"] = ""
        args = ["-j", str(n_workers)]
    beam = beam_pid(node)
    b0, c0, t0 = proc_cpu(beam) if beam else 0.0, children_cpu(), time.time()
    p = subprocess.Popen([CAVIAR, "ingest", "-q", "--json", "--timings"] + args
                         + [scans], env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    out, err = p.communicate()
    wall = time.time() - t0
    owner = children_cpu() - c0
    for w in workers:
        w.send_signal(signal.SIGTERM)
        w.wait()
    total = children_cpu() - c0
    broker = (proc_cpu(beam) - b0) if beam else 0.0
    lines = [json.loads(l) for l in out.decode().splitlines()]
    total_obj = [o for o in lines if "total" in o]
    stored = total_obj[0]["total"]["stored"] if total_obj else 0
    stages = total_obj[0]["total"].get("cpu_us", {}) if total_obj else {}
    return dict(mode=mode, wall=wall, stored=stored, owner=owner,
                pages=sum(o.get("pages", 0) for o in lines),
                total=total + (broker if mode.startswith("broker") else 0),
                broker=broker, stages=stages, rc=p.returncode,
                err=err.decode(errors="replace")[-300:])


def main():
    if tb.find_server() is None or shutil.which("pdftoppm") is None:
        print("needs rabbitmq-server and pdftoppm")
        return 77
    tmp = tempfile.mkdtemp(prefix="caviar-broker-bench-")
    node = tb.Node(tmp)
    try:
        if not node.start():
            print("could not start a private RabbitMQ node")
            return 1
        scans = make_pages(tmp)
        env = dict(os.environ, CAVIAR_BROKER=node.url, LC_ALL="C.UTF-8",
                   XDG_CONFIG_HOME=os.path.join(tmp, "xdg"))
        env.pop("CAVIAR_CONFIG", None)
        key = os.path.join(tmp, "worker.key")
        subprocess.run([CAVIAR, "key", "worker-keys", "--out", key], env=env,
                       capture_output=True, check=True)
        env["KEY"] = key
        env["CAVIAR_WORKER_PUBLIC_KEY"] = key + ".pub"
        print("%d scanned pages (PNG, 200 DPI), OCR fra+eng" % PAGES)
        print("| run | wall s | pages/s | CPU s/page, all | owner CPU s/page "
              "| broker (Erlang) CPU s/page | owner stages, CPU ms/page |")
        print("|---|---:|---:|---:|---:|---:|---|")
        for mode, n in (("local-1", 1), ("broker-1", 1), ("local-2", 2),
                        ("broker-2", 2)):
            r = run(mode, n, scans, env, node, tmp)
            st = r["stages"]
            print("| %s | %.1f | %.2f | %.3f | %.4f | %.4f | %s |%s" % (
                mode, r["wall"], r["stored"] / r["wall"],
                r["total"] / PAGES, r["owner"] / PAGES, r["broker"] / PAGES,
                ", ".join("%s %.2f" % (k, st[k] / 1000 / PAGES) for k in
                          ("redact", "chunk", "store", "index") if k in st),
                "" if r["stored"] == PAGES else " (%d stored, rc %d: %s)" % (
                    r["stored"], r["rc"], r["err"])), flush=True)
        texts = make_texts(tmp)
        r = run("broker-2-text", 2, texts, env, node, tmp)
        st = r["stages"]
        print("\nowner's ceiling: %d one-page text files (2.1 KB) through the "
              "broker, 2 workers: %d stored in %.1f s; per page: owner %.2f ms "
              "CPU (stages: %s), broker (Erlang) %.2f ms CPU, everything %.2f "
              "ms" % (TEXTS, r["stored"], r["wall"], r["owner"] * 1000 / TEXTS,
                      ", ".join("%s %.3f" % (k, st[k] / 1000 / TEXTS)
                                for k in ("redact", "chunk", "store", "index")
                                if k in st),
                      r["broker"] * 1000 / TEXTS, r["total"] * 1000 / TEXTS))
    finally:
        node.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

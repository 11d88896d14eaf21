#!/usr/bin/env python3
"""service-bench.py — the service's goals (issue #9), measured:

 1. 1,000 one-page text files dropped at once into a watched folder: time
    until all are searchable through the API, against `caviar ingest` of the
    same files (goal: within 10 %);
 2. latency from drop (a file saved: open, write, close) to searchable
    through the API, for single files: p50 / p95 (goal: p95 <= 2 s);
 3. the service's RSS while 10,000 files land (goal: flat).

Usage: bench/service-bench.py [--files 1000] [--singles 40] [--flood 10000]
                              [--jobs 2] [--caviar build/tools/caviar]
Prints a Markdown table for BENCHMARKS.md.  Each part uses a fresh store in
a temporary directory; CPU times are the caviar processes' (children).
"""
import argparse
import json
import os
import random
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

WORDS = ("conseil municipal séance résolution règlement zonage travaux voirie "
         "budget contrat entente subvention citoyen demande accès document "
         "délai réponse plainte dossier inspection permis bâtiment rapport "
         "comité avis public adoption greffe archives").split()


def page(i, rnd):
    """~1.8 KB of French administrative text with a marker and identifiers."""
    body = " ".join(rnd.choice(WORDS) for _ in range(260))
    return ("Dossier %d. Objet : %s.\nLa requérante, Mme Julie Tremblay, NAS 046 454 286, "
            "joignable au 514-555-%04d, demande l'accès aux documents. Mot repère "
            "bnch%05dx.\n%s\n" % (i, rnd.choice(WORDS), i % 10000, i, body))


def make_files(dirpath, n, start=0, seed=1):
    rnd = random.Random(seed)
    os.makedirs(dirpath, exist_ok=True)
    for i in range(start, start + n):
        with open(os.path.join(dirpath, "f%05d.txt" % i), "w") as f:
            f.write(page(i, rnd))


def env_for(base):
    env = dict(os.environ, CAVIAR_STORE=os.path.join(base, "store"),
               CAVIAR_KEY_FILE=os.path.join(base, "key"), LC_ALL="C.UTF-8",
               XDG_CONFIG_HOME=os.path.join(base, "xdg"))
    env.pop("CAVIAR_CONFIG", None)
    return env


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


class Service:
    def __init__(self, caviar, base, drop, jobs, settle=None):
        self.env = env_for(base)
        conf = os.path.join(base, "caviar.conf")
        with open(conf, "w") as f:
            f.write("[ingest]\njobs = %d\n" % jobs)
            if settle is not None:
                f.write("[serve]\nsettle-ms = %d\n" % settle)
            f.write('[watch "bench"]\ndirectory = %s\n' % drop)
        subprocess.run([caviar, "ingest", "-q", "/dev/null"], env=self.env,
                       capture_output=True)  # creates key and store
        self.p = subprocess.Popen([caviar, "serve", "--config", conf, "--listen",
                                   "127.0.0.1:0"], env=self.env,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        line = self.p.stdout.readline().decode()
        self.url = re.search(r"(http://\S+)", line).group(1)
        r = subprocess.run([caviar, "token", "create"], env=self.env, capture_output=True)
        self.token = r.stdout.decode().strip()

    def search(self, q):
        req = urllib.request.Request(
            self.url + "/v1/search", method="POST",
            data=json.dumps({"query": q, "k": 1}).encode(),
            headers={"Authorization": "Bearer " + self.token})
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read())["results"]

    def stored(self):
        with urllib.request.urlopen(self.url + "/metrics", timeout=10) as r:
            m = re.search(r'caviar_watch_files_total\{outcome="stored"\} (\d+)',
                          r.read().decode())
        return int(m.group(1)) if m else 0

    def rss_kib(self):
        with open("/proc/%d/status" % self.p.pid) as f:
            return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))

    def stop(self):
        self.p.send_signal(signal.SIGTERM)
        self.p.wait(timeout=300)


def bench_batch(caviar, n, jobs):
    with tempfile.TemporaryDirectory(prefix="caviar-bench-") as tmp:
        src = os.path.join(tmp, "src")
        make_files(src, n)
        # caviar ingest of the same files, cold store
        a = os.path.join(tmp, "a")
        env = env_for(a)
        c0, t0 = children_cpu(), time.monotonic()
        subprocess.run([caviar, "ingest", "-q", "-j", str(jobs), src], env=env, check=True)
        t_ingest, c_ingest = time.monotonic() - t0, children_cpu() - c0
        # the same files dropped at once (renamed in from the same file system)
        b = os.path.join(tmp, "b")
        drop = os.path.join(b, "drop")
        os.makedirs(drop)
        svc = Service(caviar, b, drop, jobs)
        c0, t0 = children_cpu(), time.monotonic()
        for name in sorted(os.listdir(src)):
            os.rename(os.path.join(src, name), os.path.join(drop, name))
        while svc.stored() < n:
            time.sleep(0.02)
        last = None
        while not last:  # the last one is searchable, hence all
            last = svc.search("bnch%05dx" % (n - 1))
        t_watch = time.monotonic() - t0
        svc.stop()
        c_watch = children_cpu() - c0
        return t_ingest, c_ingest, t_watch, c_watch


def bench_latency(caviar, singles, jobs):
    with tempfile.TemporaryDirectory(prefix="caviar-bench-") as tmp:
        drop = os.path.join(tmp, "drop")
        os.makedirs(drop)
        svc = Service(caviar, tmp, drop, jobs)
        rnd = random.Random(5)
        lat = []
        for i in range(singles):
            text = page(50000 + i, rnd)
            t0 = time.monotonic()
            with open(os.path.join(drop, "s%03d.txt" % i), "w") as f:
                f.write(text)
            while not svc.search("bnch%05dx" % (50000 + i)):
                time.sleep(0.01)
            lat.append(time.monotonic() - t0)
            time.sleep(rnd.uniform(0.05, 0.3))
        svc.stop()
    lat.sort()
    return statistics.median(lat), lat[int(round(0.95 * (len(lat) - 1)))], lat[-1]


def bench_flood(caviar, total, jobs):
    with tempfile.TemporaryDirectory(prefix="caviar-bench-") as tmp:
        drop = os.path.join(tmp, "drop")
        stage = os.path.join(tmp, "stage")
        os.makedirs(drop)
        make_files(stage, total, seed=3)
        svc = Service(caviar, tmp, drop, jobs)
        samples = [(0, svc.rss_kib())]
        t0 = time.monotonic()
        for name in sorted(os.listdir(stage)):  # all at once
            os.rename(os.path.join(stage, name), os.path.join(drop, name))
        marks = set(range(1000, total + 1, 1000))
        peak = 0
        while True:
            n = svc.stored()
            rss = svc.rss_kib()
            peak = max(peak, rss)
            for m in sorted(marks):
                if n >= m:
                    samples.append((m, rss))
                    marks.discard(m)
            if n >= total:
                break
            time.sleep(0.25)
        elapsed = time.monotonic() - t0
        svc.stop()
        return samples, peak, elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--caviar", default="build/tools/caviar")
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--singles", type=int, default=40)
    ap.add_argument("--flood", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    caviar = os.path.abspath(a.caviar)
    if a.files:
        ti, ci, tw, cw = bench_batch(caviar, a.files, a.jobs)
        print("| %d files, `caviar ingest -j %d` | %.1f s wall, %.1f s CPU |" % (a.files, a.jobs, ti, ci))
        print("| %d files dropped at once, until all searchable | %.1f s wall, %.1f s CPU "
              "(%+.0f%% wall vs ingest) |" % (a.files, tw, cw, 100 * (tw - ti) / ti))
    if a.singles:
        p50, p95, worst = bench_latency(caviar, a.singles, a.jobs)
        print("| drop -> searchable, %d single files | p50 %.2f s, p95 %.2f s, max %.2f s |"
              % (a.singles, p50, p95, worst))
    if a.flood:
        samples, peak, elapsed = bench_flood(caviar, a.flood, a.jobs)
        rss = ", ".join("%dk: %.0f" % (n // 1000, kib / 1024) for n, kib in samples)
        print("| %d files landing at once: service RSS (MiB) by files stored | %s; peak %.0f; "
              "%.0f s |" % (a.flood, rss, peak / 1024, elapsed))


main()

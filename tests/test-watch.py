#!/usr/bin/env python3
"""test-watch.py — drop folders (`caviar watch`), driven through the built
binary with files written by another process (Python 3 standard library).

- 200 files of mixed types (UTF-8 and Windows-1252 text, HTML, e-mail, PDF,
  duplicates, invalid ones, one written slowly in pieces) dropped at once,
  some in a sub-folder made after the start: every valid content stored
  exactly once, each invalid file quarantined with its reason, temporary
  and hidden names left alone, one log line per file with no name or SIN
  in clear;
- the watcher killed with SIGKILL at random moments while 200 files land,
  restarted each time: every file stored exactly once, `caviar verify`
  clean, nothing left in the folder that is not stored;
- a full disk under the store (a tmpfs; skipped when mounting is not
  allowed): clear errors, files stay, taken once space returns;
- SIGHUP reloads the configuration (a new folder, a broken file kept out);
  a file dropped again with new content replaces its previous version.
Sizes: CAVIAR_WATCH_FILES (default 200).
Usage: test-watch.py CAVIAR MKPDF
"""
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

CAVIAR = os.path.abspath(sys.argv[1])
MKPDF = os.path.abspath(sys.argv[2])
N = int(os.environ.get("CAVIAR_WATCH_FILES", "200"))
SETTLE_MS = 400
failures = 0


def check(cond, what):
    global failures
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        failures += 1


def skip(what):
    print("skip  " + what, flush=True)


def env_for(tmp, name):
    env = dict(os.environ, CAVIAR_STORE=os.path.join(tmp, name, "store"),
               CAVIAR_KEY_FILE=os.path.join(tmp, name, "master.key"),
               LC_ALL="C.UTF-8", XDG_CONFIG_HOME=os.path.join(tmp, name, "xdg"))
    env.pop("CAVIAR_CONFIG", None)
    return env


def run(args, env, timeout=300):
    return subprocess.run([CAVIAR] + args, env=env, capture_output=True, timeout=timeout)


def start_watch(env, args, log):
    return subprocess.Popen([CAVIAR, "watch", "--settle", str(SETTLE_MS)] + args,
                            env=env, stdout=subprocess.DEVNULL, stderr=log)


def stop(p):
    p.send_signal(signal.SIGTERM)
    try:
        return p.wait(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        return p.wait()


def waiting(drop):
    """Files still in the drop folder (not hidden, not temporary)."""
    left = []
    for root, dirs, files in os.walk(drop):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        left += [os.path.join(root, f) for f in files
                 if not f.startswith((".", "~$"))
                 and not f.lower().endswith((".tmp", ".part", ".crdownload"))]
    return left


def wait_drained(drop, timeout, proc=None):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if not waiting(drop):
            return True
        if proc is not None and proc.poll() is not None:
            return False
        time.sleep(0.2)
    return False


def exported(env):
    """doc id -> its text, from `caviar export`."""
    r = run(["export"], env)
    docs = {}
    for line in r.stdout.decode("utf-8").splitlines():
        x = json.loads(line)
        docs.setdefault(x["doc"], []).append(x["text"])
    return {d: "\n".join(t) for d, t in docs.items()}


def writer(script, *args):
    """Runs @script (Python) in another process, as a user saving files."""
    return subprocess.Popen([sys.executable, "-c", script] + [str(a) for a in args])


MIXED_WRITER = r'''
import os, random, sys, time, zipfile
drop, mkpdf, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(7)
def put(rel, data, binary=False):
    path = os.path.join(drop, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if binary else data.encode("utf-8"))
plan = []
n_pdf, n_dup, n_bad = 8, 2, 9
n_txt = n - 10 - 10 - 10 - n_pdf - n_dup - n_bad - 1
for i in range(n_txt):
    plan.append(("txt", "lot/t%03d.txt" % i, i))
for i in range(10):
    plan.append(("cp1252", "ancien/w%02d.txt" % i, i))
for i in range(10):
    plan.append(("html", "web/p%02d.html" % i, i))
for i in range(10):
    plan.append(("eml", "courriel/m%02d.eml" % i, i))
for i in range(n_pdf):
    plan.append(("pdf", "pdf/r%02d.pdf" % i, i))
random.shuffle(plan)
slow = open(os.path.join(drop, "lent.txt"), "w", encoding="utf-8")
slow.write("Début du rapport écrit lentement, mot mqslow0.\n"); slow.flush()
pieces = 1
for k, (kind, rel, i) in enumerate(plan):
    word = "mq%s%03d" % (kind, i)
    body = "Le conseil a examiné le dossier %d avec soin, mot %s.\n" % (i, word)
    if kind == "txt":
        put(rel, body)
    elif kind == "cp1252":
        put(rel, ("Note de l'employé, été %d, mot %s.\n" % (i, word)).encode("cp1252"), True)
    elif kind == "html":
        put(rel, "<html><body><h1>Avis</h1><p>%s</p></body></html>" % body)
    elif kind == "eml":
        put(rel, "From: greffe@ville.example\nTo: public@ville.example\nSubject: avis %d\n"
                 "Content-Type: text/plain; charset=utf-8\n\n%s" % (i, body))
    elif kind == "pdf":
        src = os.path.join(drop, "..", "pdfsrc%d.txt" % i)
        with open(src, "w") as f:
            f.write(body)
        tmp = os.path.join(drop, rel + ".part")
        os.makedirs(os.path.dirname(tmp), exist_ok=True)
        os.system("%s %s %s" % (mkpdf, src, tmp))
        os.rename(tmp, os.path.join(drop, rel))  # moved in, complete
    if k % 40 == 20 and pieces < 5:  # the slow writer, between other files
        time.sleep(0.6)
        slow.write("Suite du rapport, partie %d, mot mqslow%d.\n" % (pieces, pieces))
        slow.flush()
        pieces += 1
while pieces < 5:
    time.sleep(0.6)
    slow.write("Suite du rapport, partie %d, mot mqslow%d.\n" % (pieces, pieces))
    slow.flush()
    pieces += 1
slow.close()
# the same contents again under other names: stored once
put("copie/t000-copie.txt", "Le conseil a examiné le dossier 0 avec soin, mot mqtxt000.\n")
put("copie/h00-copie.html", "<html><body><h1>Avis</h1><p>Le conseil a examiné le dossier 0 avec soin, mot mqhtml000.\n</p></body></html>")
# invalid ones
for i in range(4):
    put("mauvais/bin%d.dat" % i, os.urandom(3000 + i), True)
for i in range(3):
    put("mauvais/tronque%d.pdf" % i, b"%PDF-1.4\n1 0 obj << /Type /Catalog" + b"x" * i, True)
for i in range(2):
    put("mauvais/casse%d.docx" % i, b"PK\x03\x04" + os.urandom(200), True)
# ignored: hidden and temporary names
put(".cache.txt", "cache")
put("brouillon.tmp", "tmp")
put("telechargement.part", "part")
put("~$verrou.docx", "lock")
# a name holding a person's name and a SIN
put("Plainte Julie Roy NAS 046-454-286.txt", "Plainte au sujet du bruit, mot mqsin.\n")
'''


def test_mixed(tmp):
    env = env_for(tmp, "mixed")
    drop = os.path.join(tmp, "mixed", "drop")
    os.makedirs(drop)
    log = open(os.path.join(tmp, "mixed", "watch.log"), "wb")
    w = start_watch(env, [drop], log)
    time.sleep(0.5)
    t0 = time.monotonic()
    wr = writer(MIXED_WRITER, drop, MKPDF, N - 1)  # + the SIN-named one = N
    wr.wait(timeout=300)
    drained = wait_drained(drop, 240, w)
    check(drained, "%d files dropped by another process all taken (%.1f s)"
          % (N, time.monotonic() - t0))
    time.sleep(0.5)
    r = run(["verify"], env)  # through the watcher's control socket
    check(r.returncode == 0, "caviar verify while the watcher runs")
    docs = exported(env)
    rc = stop(w)
    log.close()
    check(rc == 0, "SIGTERM: the watcher exits 0")

    n_txt = N - 1 - 10 - 10 - 10 - 8 - 2 - 9 - 1
    words = (["mqtxt%03d" % i for i in range(n_txt)] +
             ["mqcp1252%03d" % i for i in range(10)] +
             ["mqhtml%03d" % i for i in range(10)] +
             ["mqeml%03d" % i for i in range(10)] +
             ["mqpdf%03d" % i for i in range(8)] + ["mqsin"])
    holders = {w_: [d for d, t in docs.items() if w_ in t] for w_ in words}
    missing = [w_ for w_, h in holders.items() if not h]
    twice = [w_ for w_, h in holders.items() if len(h) > 1]
    check(not missing, "every valid file stored (missing: %s)" % missing[:5])
    check(not twice, "each stored once, duplicates included (twice: %s)" % twice[:5])
    check(len(docs) == len(words) + 1,
          "no other document (%d stored, %d expected)" % (len(docs), len(words) + 1))
    slow = [t for t in docs.values() if "mqslow0" in t]
    check(len(slow) == 1 and all("mqslow%d" % k in slow[0] for k in range(5)),
          "the file written slowly in pieces is stored whole, once")
    q = os.path.join(drop, ".caviar", "quarantine", "mauvais")
    bad = sorted(os.listdir(q)) if os.path.isdir(q) else []
    files = [b for b in bad if not b.endswith(".reason")]
    reasons = [open(os.path.join(q, b)).read() for b in bad if b.endswith(".reason")]
    check(len(files) == 9 and len(reasons) == 9 and
          all(r.count("\n") == 1 and len(r) > 5 for r in reasons),
          "the 9 invalid files quarantined, each with a one-line reason")
    done = sum(len(f) for _, _, f in os.walk(os.path.join(drop, ".caviar", "done")))
    # the valid ones, the slow one and the two copies
    check(done == len(words) + 3, "valid files moved to .caviar/done (%d)" % done)
    left = sorted(os.listdir(drop))
    check(all(x in left for x in (".cache.txt", "brouillon.tmp", "telechargement.part",
                                  "~$verrou.docx")),
          "hidden and temporary names left alone")
    text = open(os.path.join(tmp, "mixed", "watch.log"), encoding="utf-8").read()
    outcome = [l for l in text.splitlines()
               if any(s in l for s in (": stored ", ": already stored ", ": failed,"))]
    check(len(outcome) == N, "one log line per file (%d)" % len(outcome))
    check(not any(s in text for s in ("Julie", "046-454-286", "046 454 286")),
          "no name nor SIN in the log")
    check(re.search(r'"[^"\n]*\[PERSONNE\][^"\n]*\[NAS\]\.txt"', text) is not None,
          "the log names files redacted")


KILL_WRITER = r'''
import os, sys, time
drop, n = sys.argv[1], int(sys.argv[2])
for i in range(n):
    sub = "lot%d" % (i % 4)
    os.makedirs(os.path.join(drop, sub), exist_ok=True)
    with open(os.path.join(drop, sub, "f%03d.txt" % i), "w") as f:
        f.write("Procès-verbal numéro %d de la séance, mot mqkill%03d.\n" % (i, i))
    if i % 25 == 0:
        time.sleep(0.05)
# two more copies of existing contents
with open(os.path.join(drop, "copie1.txt"), "w") as f:
    f.write("Procès-verbal numéro 1 de la séance, mot mqkill001.\n")
with open(os.path.join(drop, "lot0", "copie2.txt"), "w") as f:
    f.write("Procès-verbal numéro 2 de la séance, mot mqkill002.\n")
'''


def test_kill9(tmp):
    env = env_for(tmp, "kill")
    drop = os.path.join(tmp, "kill", "drop")
    os.makedirs(drop)
    log = open(os.path.join(tmp, "kill", "watch.log"), "ab")
    rnd = random.Random(int(os.environ.get("CAVIAR_TEST_SEED", "9")))
    w = start_watch(env, [drop], log)
    wr = writer(KILL_WRITER, drop, N)
    kills = 0
    for _ in range(5):
        time.sleep(rnd.uniform(0.3, 1.5))
        w.kill()  # SIGKILL: no cleanup at all
        w.wait()
        kills += 1
        w = start_watch(env, [drop], log)
    wr.wait(timeout=120)
    drained = wait_drained(drop, 240, w)
    time.sleep(0.5)
    r = run(["verify"], env)
    verify_ok = r.returncode == 0
    docs = exported(env)
    stop(w)
    log.close()
    check(drained, "after %d kills and restarts, every file left the drop folder" % kills)
    check(verify_ok, "caviar verify after SIGKILLs: %s" % r.stdout.decode().strip())
    holders = {}
    for d, t in docs.items():
        for i in range(N):
            if "mqkill%03d" % i in t:
                holders.setdefault(i, []).append(d)
    check(len(holders) == N, "every file stored (%d of %d)" % (len(holders), N))
    check(all(len(h) == 1 for h in holders.values()) and len(docs) == N,
          "each exactly once (%d documents)" % len(docs))
    done = sum(len(f) for _, _, f in os.walk(os.path.join(drop, ".caviar", "done")))
    check(done == N + 2, "all moved to .caviar/done (%d), nothing lost" % done)


def test_disk_full(tmp):
    base = os.path.join(tmp, "full")
    mnt = os.path.join(base, "fs")
    os.makedirs(mnt)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256m", "tmpfs", mnt],
                       capture_output=True)
    if r.returncode != 0:
        skip("disk full: cannot mount a tmpfs here (%s)" % r.stderr.decode().strip())
        return
    try:
        env = dict(env_for(tmp, "full"), CAVIAR_STORE=os.path.join(mnt, "store"))
        drop = os.path.join(base, "drop")
        os.makedirs(drop)
        logpath = os.path.join(base, "watch.log")
        log = open(logpath, "wb")
        w = start_watch(env, [drop], log)
        for i in range(3):
            with open(os.path.join(drop, "avant%d.txt" % i), "w") as f:
                f.write("Document %d déposé avant, mot mqavant%d.\n" % (i, i))
        check(wait_drained(drop, 60, w), "files stored while there is room")
        st = os.statvfs(mnt)
        free = st.f_bavail * st.f_frsize
        filler = os.path.join(mnt, "filler")
        subprocess.run(["fallocate", "-l", str(free - (16 << 20)), filler], check=True)
        for i in range(3):
            with open(os.path.join(drop, "pendant%d.txt" % i), "w") as f:
                f.write("Document %d déposé disque plein, mot mqpendant%d.\n" % (i, i))
        time.sleep(3)
        left = sorted(os.listdir(drop))
        check(all("pendant%d.txt" % i in left for i in range(3)),
              "disk full: the files stay in the drop folder")
        text = open(logpath, encoding="utf-8").read()
        check("no space left for the store" in text, "disk full: a clear error in the log")
        check(w.poll() is None, "disk full: the watcher keeps running")
        os.unlink(filler)
        check(wait_drained(drop, 60, w), "space back: the files are taken")
        r = run(["verify"], env)
        check(r.returncode == 0, "caviar verify after the disk was full")
        docs = exported(env)
        check(sum("mqpendant" in t for t in docs.values()) == 3, "all three stored once")
        stop(w)
        log.close()
    finally:
        subprocess.run(["umount", "-l", mnt])


def test_reload_replace(tmp):
    env = env_for(tmp, "reload")
    a = os.path.join(tmp, "reload", "a")
    b = os.path.join(tmp, "reload", "b")
    os.makedirs(a)
    os.makedirs(b)
    conf = os.path.join(tmp, "reload", "caviar.conf")
    with open(conf, "w") as f:
        f.write('[watch "a"]\ndirectory = %s\n' % a)
    logpath = os.path.join(tmp, "reload", "watch.log")
    log = open(logpath, "wb")
    w = subprocess.Popen([CAVIAR, "watch", "--settle", str(SETTLE_MS), "--config", conf],
                         env=env, stdout=subprocess.DEVNULL, stderr=log)
    time.sleep(0.5)
    with open(os.path.join(a, "avis.txt"), "w") as f:
        f.write("Avis au public, première version, mot mqvun.\n")
    check(wait_drained(a, 30, w), "a folder of the config file is watched")
    with open(os.path.join(a, "avis.txt"), "w") as f:
        f.write("Avis au public, deuxième version, mot mqvdeux.\n")
    check(wait_drained(a, 30, w), "the same name dropped again is taken")
    docs = exported(env)
    check(not any("mqvun" in t for t in docs.values()) and
          any("mqvdeux" in t for t in docs.values()),
          "a new content under the same path replaces the previous version")
    r = run(["list"], env)
    check(b"(replaces " in r.stdout, "list shows the replacement")
    with open(conf, "w") as f:
        f.write('[watch "a"]\ndirectory = %s\n\n[watch "b"]\ndirectory = %s\n'
                'collection = autre\npolicy = keep\n' % (a, b))
    w.send_signal(signal.SIGHUP)
    time.sleep(1)
    with open(os.path.join(b, "garde.txt"), "w") as f:
        f.write("Document gardé en place, mot mqgarde.\n")
    found = False
    for _ in range(50):
        r = run(["export", "--collection", "autre"], env)
        if b"mqgarde" in r.stdout:
            found = True
            break
        time.sleep(0.2)
    check(found, "SIGHUP: a folder added to the config is watched, into its collection")
    check(os.path.exists(os.path.join(b, "garde.txt")), "policy keep leaves the file")
    with open(conf, "a") as f:
        f.write("polcy = delete\n")
    w.send_signal(signal.SIGHUP)
    time.sleep(1)
    with open(os.path.join(a, "encore.txt"), "w") as f:
        f.write("Toujours surveillé, mot mqencore.\n")
    check(wait_drained(a, 30, w) and w.poll() is None,
          "a broken config at reload is refused, the running one kept")
    stop(w)
    log.close()
    text = open(logpath, encoding="utf-8").read()
    check("unknown key 'polcy'" in text and "caviar.conf:8" in text,
          "the reload error names the key, file and line")


def test_rescan(tmp):
    """More files at once than the watcher notes (--max-waiting 10): the rest
    is found by rescans, several times in the same process."""
    env = env_for(tmp, "rescan")
    drop = os.path.join(tmp, "rescan", "drop")
    stage = os.path.join(tmp, "rescan", "stage")
    os.makedirs(drop)
    os.makedirs(stage)
    for i in range(60):
        with open(os.path.join(stage, "r%02d.txt" % i), "w") as f:
            f.write("Résolution %d du conseil, mot mqrescan%02d.\n" % (i, i))
    log = open(os.path.join(tmp, "rescan", "watch.log"), "wb")
    w = subprocess.Popen([CAVIAR, "watch", "--settle", "100", "--max-waiting", "10",
                          drop], env=env, stdout=subprocess.DEVNULL, stderr=log)
    time.sleep(0.5)
    for name in sorted(os.listdir(stage)):
        os.rename(os.path.join(stage, name), os.path.join(drop, name))
    check(wait_drained(drop, 60, w), "more files than --max-waiting: all taken by rescans")
    docs = exported(env)
    stop(w)
    log.close()
    check(len(docs) == 60, "each stored once (%d)" % len(docs))


def test_open_at_start(tmp):
    """A file being written (held open, long pauses) when the watcher starts
    and finds it by its scan: never taken half-written."""
    env = env_for(tmp, "open")
    drop = os.path.join(tmp, "open", "drop")
    os.makedirs(drop)
    log = open(os.path.join(tmp, "open", "watch.log"), "wb")
    slow = open(os.path.join(drop, "lent.txt"), "w")
    slow.write("Premier morceau, mot mqmorceau0.\n")
    slow.flush()
    w = start_watch(env, [drop], log)
    for k in range(1, 4):
        time.sleep(3 * SETTLE_MS / 1000)
        slow.write("Morceau %d, mot mqmorceau%d.\n" % (k, k))
        slow.flush()
    slow.close()
    check(wait_drained(drop, 30, w), "the file held open is taken once closed")
    docs = exported(env)
    stop(w)
    log.close()
    whole = [t for t in docs.values() if "mqmorceau0" in t]
    check(len(docs) == 1 and len(whole) == 1 and "mqmorceau3" in whole[0],
          "a file held open for writing is not taken half-written "
          "(%d document(s))" % len(docs))


def main():
    with tempfile.TemporaryDirectory(prefix="caviar-watch-") as tmp:
        test_mixed(tmp)
        test_open_at_start(tmp)
        test_rescan(tmp)
        test_kill9(tmp)
        test_disk_full(tmp)
        test_reload_replace(tmp)
    print("%d failure(s)" % failures)
    sys.exit(1 if failures else 0)


main()

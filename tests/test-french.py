#!/usr/bin/env python3
"""test-french.py — caviar speaks French under a French locale.

Runs a set of commands (every command's help, usage errors, ingest of
generated files with a missing input, list, stats, search, forget, verify,
key, token, redact, and the HTTP API's errors) under LANG=fr_CA.UTF-8 and
fails on any caviar message that came out in English: a line matching one
of the catalogue's English messages (po/fr.po msgids, as patterns), or an
English word from a list.  Also `[serve] language = fr` with an English
environment, and Accept-Language on one request.
Skips (exit 77) when the fr_CA.UTF-8 locale is not installed
(tools/install-deps.sh generates it).
Usage: test-french.py CAVIAR SRCDIR
"""
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

CAVIAR = os.path.abspath(sys.argv[1])
SRCDIR = sys.argv[2]
failures = 0


def check(cond, what):
    global failures
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        failures += 1


locales = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout
if not re.search(r"^fr_CA\.utf-?8$", locales, re.M | re.I):
    print("SKIP: the fr_CA.UTF-8 locale is not installed "
          "(tools/install-deps.sh generates it)")
    sys.exit(77)


# ---- the catalogue's English messages, as patterns ----
def po_entries(path):
    """(msgid, msgstr) pairs of a .po file (plural: the plural msgid)."""
    out, cur, key = [], {}, None
    for line in open(path, encoding="utf-8").read().split("\n") + [""]:
        m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) (".*")$', line)
        if m:
            if m.group(1) in ("msgctxt", "msgid") and "msgstr" in cur:
                out.append(cur)
                cur = {}
            key = m.group(1)
            cur[key] = json.loads(m.group(2))
        elif line.startswith('"') and key:
            cur[key] += json.loads(line)
    if "msgstr" in cur or "msgstr[0]" in cur:
        out.append(cur)
    return [e for e in out if e.get("msgid")]


FORMAT = re.compile(r"%[-+ #0-9.*]*(?:hh|h|ll|l|z|j|t)?[diouxXeEfgGcsp%]")


def pattern(msgid):
    """A regex for a line of a message's output: format directives match
    anything, surrounding new lines are dropped."""
    parts = FORMAT.split(msgid.strip("\n"))
    return re.compile(".*".join(re.escape(p) for p in parts))


ENGLISH = []
for e in po_entries(os.path.join(SRCDIR, "po", "fr.po")):
    for msgid in (e["msgid"], e.get("msgid_plural")):
        if msgid is None:
            continue
        # messages with at least three English words of their own
        words = re.findall(r"[A-Za-z]{3,}", FORMAT.sub(" ", msgid))
        translated = "\n".join(v for k, v in e.items() if k.startswith("msgstr"))
        if len(words) >= 3 and msgid != e.get("msgstr"):
            for line in msgid.strip("\n").split("\n"):
                # lines the translation keeps as they are (URLs, JSON)
                if line in translated:
                    continue
                if len(re.findall(r"[A-Za-z]{3,}", FORMAT.sub(" ", line))) >= 3:
                    ENGLISH.append((line, pattern(line)))

# English words caviar would print; none is a French word.
WORDS = set("""the and with without stored already failed file files chunk
chunks redacted unknown invalid cannot missing found must given waiting
warning print show help while expected none listening stopping created
removed forgot unexpected error only every""".split())
# what may legitimately hold those words: option names, variables, paths,
# JSON members, the type names of labels.jsonl, GLib's own words
STRIP = re.compile(
    r"--?[A-Za-z][\w-]*|\$\w+|[\w.-]*/[\w./-]*|\"\w+\"|\b[A-Z_]{2,}\b|"
    r"\bcaviar \w+\b|\[[a-z-]+\]|\w+\.(?:conf|jsonl|key|pdf|txt|sock)\b|"
    r"\b(?:label|pseudonym|show|rotate|passwd|create|list|revoke|move|delete|"
    r"keep|auto|fr|en|replace|application|text|plain)\b")


def english_in(out):
    found = []
    for line in out.split("\n"):
        for msgid, pat in ENGLISH:
            if pat.search(line):
                found.append("%r (message %r)" % (line, msgid))
                break
        else:
            words = set(re.findall(r"[A-Za-z']+", STRIP.sub(" ", line).lower()))
            bad = words & WORDS
            if bad:
                found.append("%r (%s)" % (line, ", ".join(sorted(bad))))
    return found


def french(what, out):
    bad = english_in(out)
    check(not bad, "in French: " + what + ("" if not bad else
                                           ": English: " + "; ".join(bad[:3])))


tmp = tempfile.mkdtemp(prefix="caviar-fr-")
env = {k: v for k, v in os.environ.items()
       if not k.startswith(("LC_", "LANG", "CAVIAR_"))}
env.update(LANG="fr_CA.UTF-8", CAVIAR_STORE=os.path.join(tmp, "store"),
           CAVIAR_KEY_FILE=os.path.join(tmp, "master.key"),
           XDG_CONFIG_HOME=os.path.join(tmp, "config"))


def run(args, e=env, stdin=None):
    r = subprocess.run([CAVIAR] + args, env=e, capture_output=True,
                       input=stdin, timeout=300)
    return r, r.stdout.decode("utf-8", "replace") + r.stderr.decode(
        "utf-8", "replace")


# the test itself must be able to tell: English under LANG=C
r, out = run(["ingest", os.path.join(tmp, "nowhere")],
             dict(env, LANG="C.UTF-8"))
check(english_in(out), "the English check sees English under LANG=C.UTF-8")

docs = os.path.join(tmp, "dossiers")
os.makedirs(docs)
with open(os.path.join(docs, "lettre.txt"), "w", encoding="utf-8") as f:
    f.write("Objet : demande d'accès\nMadame Julie Tremblay, NAS 046 454 286, "
            "courriel julie.tremblay@example.org, tél. 418 555-0199.\n")
with open(os.path.join(docs, "note.txt"), "w", encoding="utf-8") as f:
    f.write("Réunion du comité le 3 mars; aucun renseignement personnel.\n")

# help of caviar and of every command
r, out = run(["help"])
french("caviar help", out)
commands = re.findall(r"^  (\w+) ", out, re.M)
check(len(commands) >= 10, "caviar help lists the commands (%d)" % len(commands))
for c in commands:
    r, out = run(["help", c])
    check(r.returncode == 0, "caviar help %s exits 0" % c)
    french("caviar help " + c, out)

# usage errors
for args in (["frobnicate"], ["ingest"], ["search"], ["forget"], ["key"],
             ["token"], ["ingest", "--mode=x", docs], ["search", "-k", "0", "x"],
             ["list", "surplus"], ["ingest", "--nope"]):
    r, out = run(args)
    check(r.returncode == 2, "caviar %s: usage error (2)" % " ".join(args))
    french("caviar " + " ".join(args), out)

# a short option's value glued to it ("-k5") is a separate word for GOption:
# the error says how to write it
r, out = run(["search", "-k5", "comité"])
check(r.returncode == 2 and "« -k 5 »" in out,
      "search -k5: usage error that shows '-k 5' (%r)" % out)
french("caviar search -k5", out)
r, out = run(["search", "-k5", "comité"], dict(env, LANG="C.UTF-8"))
check("write '-k 5' with a space" in out, "search -k5 in English (%r)" % out)

# ingest, with one missing input
r, out = run(["ingest", docs, os.path.join(tmp, "absent.pdf")])
check(r.returncode == 1, "ingest with a missing input exits 1")
check("conservé" in out and "total" in out, "ingest reports in French")
french("caviar ingest", out)
r, out = run(["ingest", docs])
check("déjà conservé" in out, "a second ingest says 'déjà conservé'")
french("caviar ingest (again)", out)
for args in (["list"], ["stats"], ["search", "comité"], ["search", "zzzqqq"],
             ["forget", "0123"], ["verify"], ["key", "show"],
             ["token", "create"], ["token", "list"], ["export", "--text"]):
    r, out = run(args)
    french("caviar " + " ".join(args), out)
# the lists: add, show, refused terms
for args in (["lists", "add", "--never", "Josée Lafleur"],
             ["lists", "add", "--always", "NAS", "Projet Kraken"],
             ["lists", "show"], ["lists", "remove", "Inconnu"],
             ["lists", "add", "--never", "un deux trois quatre cinq six sept "
              "huit neuf"], ["lists", "add", "x"], ["lists", "frobnicate"]):
    r, out = run(args)
    french("caviar " + " ".join(args), out)
r, out = run(["lists", "show"])
check("Toujours caviardés" in out and "Jamais caviardés" in out,
      "caviar lists show in French")
r, out = run(["redact"], stdin="Julie Tremblay, NAS 046 454 286\n".encode())
check("[NAS]" in out, "redact caviarde the SIN")
french("caviar redact", out)
r, out = run(["redact"], stdin=b"\xff\xfe bad")
french("caviar redact (invalid UTF-8)", out)

# a drop folder, in the foreground, stopped by SIGINT
drop = os.path.join(tmp, "depot")
os.makedirs(drop)
with open(os.path.join(drop, "note.txt"), "w", encoding="utf-8") as f:
    f.write("Note au dossier de Julie Tremblay.\n")
with open(os.path.join(drop, "scan.bin"), "wb") as f:
    f.write(bytes(range(256)) * 16)
w = subprocess.Popen([CAVIAR, "watch", "--settle", "200", drop], env=env,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
deadline = time.time() + 60
while time.time() < deadline and not os.path.exists(
        os.path.join(drop, ".caviar", "quarantine", "scan.bin.reason")):
    time.sleep(0.2)
time.sleep(1)
w.send_signal(signal.SIGINT)
wout, werr = w.communicate(timeout=120)
wlog = (wout + werr).decode("utf-8", "replace")
check("conservé" in wlog and "déplacé dans .caviar/quarantine" in wlog,
      "caviar watch logs in French (%s)" % wlog.strip()[-300:])
# the reason comes from the confined extractor (no catalogue there) as a
# code: rendered in French here, in the log and in the .reason file
french("caviar watch", wlog)
reason = open(os.path.join(drop, ".caviar", "quarantine", "scan.bin.reason"),
              encoding="utf-8").read().strip()
check("non pris en charge" in reason,
      "the quarantine reason from the extractor is French (%s)" % reason)
french("scan.bin.reason", reason)
check(any("scan.bin" in l and "non pris en charge" in l
          for l in wlog.split("\n")),
      "the watcher's log line for scan.bin gives the reason in French")
# a damaged PDF and a file named after nothing special: reasons in French
with open(os.path.join(docs, "abime.pdf"), "wb") as f:
    f.write(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage\n")
r, out = run(["ingest", os.path.join(docs, "abime.pdf")])
check("PDF endommagé" in out or "endommagé" in out,
      "a damaged PDF's reason from the extractor is French (%s)" % out.strip())
french("caviar ingest abime.pdf", out)

# every reason ingest/ and ocr/ give is in the table of codes
# (tools/pipeline/reasons.c), so none stays English
MACROS = {"G_GUINT64_FORMAT": "lu", "G_GINT64_FORMAT": "li",
          "G_GSIZE_FORMAT": "lu", "G_GSSIZE_FORMAT": "li"}
table = open(os.path.join(SRCDIR, "tools", "pipeline", "reasons.c"),
             encoding="utf-8").read()
known = set()
for m in re.finditer(r'N_\(((?:\s*"(?:[^"\\]|\\.)*")+)\)', table):
    known.add("".join(json.loads('"%s"' % x) for x in
                      re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))))
missing = []
for sub in ("ingest", "ocr"):
    for name in sorted(os.listdir(os.path.join(SRCDIR, sub))):
        if not name.endswith(".c") or name.startswith("fuzz"):
            continue
        src = open(os.path.join(SRCDIR, sub, name), encoding="utf-8").read()
        for m in re.finditer(r"g_set_error(?:_literal)?\s*\((.*?)\);[ \t]*$",
                             src, re.S | re.M):
            args = m.group(1)
            q = args.find('"')
            run_ = re.match(r'(?:\s*(?:"(?:[^"\\]|\\.)*"|G_G\w+_FORMAT))+',
                            args[q:]) if q >= 0 else None
            parts = re.findall(r'"((?:[^"\\]|\\.)*)"|\b(G_G\w+_FORMAT)\b',
                               run_.group(0)) if run_ else []
            # the format: the string literals after the error code
            text = "".join(json.loads('"%s"' % lit) if lit else MACROS.get(mac, "")
                           for lit, mac in parts)
            if text and text != "%s" and "?" not in m.group(1).split('"')[0] \
                    and text not in known:
                missing.append("%s: %r" % (name, text))
check(not missing, "every ingest/ocr reason has a code (%s)" % missing[:3])

# the service: [serve] language = fr with an English environment; an
# English request with Accept-Language: en
conf = os.path.join(tmp, "caviar.conf")
with open(conf, "w") as f:
    f.write("[serve]\nlanguage = fr\nlisten = 127.0.0.1:0\n")
en_env = dict(env, LANG="C.UTF-8")
p = subprocess.Popen([CAVIAR, "serve", "--config", conf], env=en_env,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    line = p.stdout.readline().decode("utf-8", "replace")
    m = re.search(r"(http://\S+)", line)
    check(m is not None and "écoute" in line,
          "[serve] language = fr: the service speaks French (%r)" % line.strip())
    french("caviar serve", line)
    if m:
        url = m.group(1)

        def api(path, lang=None, body=None):
            req = urllib.request.Request(url + path, data=body)
            if lang:
                req.add_header("Accept-Language", lang)
            try:
                with urllib.request.urlopen(req, timeout=10) as resp:
                    return resp.status, resp.read().decode()
            except urllib.error.HTTPError as e:
                return e.code, e.read().decode()

        code, body = api("/v1/search", body=b"{}")
        msg = json.loads(body).get("error", {}).get("message", "")
        check(code == 401, "API without a token: 401")
        french("API error (service language)", msg)
        code, body = api("/nowhere", lang="en-CA,en;q=0.9")
        check(json.loads(body).get("error", {}).get("message") ==
              "no such endpoint",
              "Accept-Language: en gets English (%s)" % body.strip())
        code, body = api("/nowhere", lang="fr-CA")
        check(json.loads(body).get("error", {}).get("message") ==
              "point d’accès inexistant",
              "Accept-Language: fr-CA gets French (%s)" % body.strip())
finally:
    p.terminate()
    try:
        err = p.communicate(timeout=60)[1].decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        p.kill()
        err = p.communicate()[1].decode("utf-8", "replace")
french("caviar serve's log", err)

with open(conf, "w") as f:
    f.write("[serve]\nlanguage = klingon\n")
r, out = run(["serve", "--config", conf], en_env)
check(r.returncode == 2 and "language" in out,
      "[serve] language = klingon is refused (%s)" % out.strip())

subprocess.run(["rm", "-rf", tmp])
print("%d failure(s)" % failures)
sys.exit(1 if failures else 0)

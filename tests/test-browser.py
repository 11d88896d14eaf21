#!/usr/bin/env python3
"""test-browser.py — the review page (/ui/) in a real headless browser.

Drives Debian's chromium through chromedriver's WebDriver HTTP API (Python
standard library only): sign in with an admin token, try a file holding a
SIN and a name and see both highlighted (type on hover), check that nothing
was stored, store it, find it (documents list and search), forget it.  A
screenshot of each step goes to OUTDIR (browser-1-login.png ...).
Also checks the page's headers (CSP without inline scripts, framing
refused, no caching) and that a token without the admin scope is refused.
Then the Lists tab: add a never term and an always term, try a file and
see their effect, remove a term.
Skips (exit 77) when chromium or chromedriver is missing
(tools/install-deps.sh installs them).
Usage: test-browser.py CAVIAR OUTDIR
"""
import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

CAVIAR = os.path.abspath(sys.argv[1])
OUTDIR = os.path.abspath(sys.argv[2])
failures = 0

SIN = "046 454 286"
NAME = "Julie Tremblay"


def check(cond, what):
    global failures
    print(("ok    " if cond else "FAIL  ") + what, flush=True)
    if not cond:
        failures += 1


chromium = shutil.which("chromium") or shutil.which("chromium-browser")
driver = shutil.which("chromedriver")
if not chromium or not driver:
    print("SKIP: chromium and chromedriver are needed "
          "(apt-get install chromium chromium-driver; tools/install-deps.sh)")
    sys.exit(77)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def http(method, url, body=None, headers=None, timeout=60):
    data = json.dumps(body).encode() if isinstance(body, dict) else body
    req = urllib.request.Request(url, data=data, method=method,
                                 headers=headers or {})
    if isinstance(body, dict):
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


class WebDriver:
    def __init__(self, base):
        self.base = base
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                         "--disable-dev-shm-usage", "--window-size=1280,900",
                         "--lang=fr-CA", "--no-first-run",
                         "--user-data-dir=" + tempfile.mkdtemp(prefix="caviar-chr-")],
                "prefs": {"intl.accept_languages": "fr-CA,fr"},
            }}}}
        r = self.call("POST", "/session", caps, session=False)
        self.sid = r["sessionId"]

    def call(self, method, path, body=None, session=True):
        url = self.base + ("/session/" + self.sid if session else "") + path
        code, _, data = http(method, url, body if body is not None else
                             ({} if method == "POST" else None), timeout=120)
        value = json.loads(data or b"{}").get("value")
        if code >= 400:
            raise RuntimeError("%s %s: %s" % (method, path, value))
        return value

    def get(self, url):
        self.call("POST", "/url", {"url": url})

    def find(self, css):
        v = self.call("POST", "/elements", {"using": "css selector", "value": css})
        return [list(e.values())[0] for e in v]

    def js(self, script, *args):
        return self.call("POST", "/execute/sync", {"script": script, "args": list(args)})

    def click(self, css):
        self.call("POST", "/element/%s/click" % self.find(css)[0])

    def type(self, css, text):
        self.call("POST", "/element/%s/value" % self.find(css)[0], {"text": text})

    def wait(self, script, what, timeout=60):
        end = time.time() + timeout
        while time.time() < end:
            try:
                if self.js(script):
                    return True
            except RuntimeError:
                pass
            time.sleep(0.2)
        check(False, "timed out waiting for " + what)
        return False

    def shot(self, name):
        png = base64.b64decode(self.call("GET", "/screenshot"))
        path = os.path.join(OUTDIR, "browser-%s.png" % name)
        with open(path, "wb") as f:
            f.write(png)
        check(len(png) > 1000, "screenshot " + path)

    def quit(self):
        try:
            self.call("DELETE", "")
        except Exception:
            pass


tmp = tempfile.mkdtemp(prefix="caviar-browser-")
env = {k: v for k, v in os.environ.items() if not k.startswith("CAVIAR_")}
env.update(LANG="fr_CA.UTF-8", CAVIAR_STORE=os.path.join(tmp, "store"),
           CAVIAR_KEY_FILE=os.path.join(tmp, "master.key"),
           XDG_CONFIG_HOME=os.path.join(tmp, "config"))
admin = subprocess.run([CAVIAR, "token", "create", "--admin", "--create", "-q"], env=env,
                       capture_output=True, text=True).stdout.strip()
plain = subprocess.run([CAVIAR, "token", "create", "--create", "-q"], env=env,
                       capture_output=True, text=True).stdout.strip()
check(admin.startswith("cvt_") and plain.startswith("cvt_"), "tokens created")

letter = os.path.join(tmp, "lettre-plainte.txt")
with open(letter, "w", encoding="utf-8") as f:
    f.write("Objet : plainte au comité de gestion des immeubles\n\n"
            "Madame %s, NAS %s, nous a écrit au sujet du chauffage.\n"
            "Le comité étudiera la plainte à sa séance de mars.\n" % (NAME, SIN))

STAFF = "Josée Lafleur"
PROJECT = "Projet Kraken"
memo = os.path.join(tmp, "note-projet.txt")
with open(memo, "w", encoding="utf-8") as f:
    f.write("Note au dossier\n\nLe projet Kraken avance. Mme %s, responsable "
            "de l'accès, a rappelé M. Jean Bouchard, NAS %s.\n" % (STAFF, SIN))

# a drop folder: one file it stores, one it quarantines, both named after
# a person with a SIN (names are personal data: the page shows them redacted)
drop = os.path.join(tmp, "depot")
os.makedirs(drop)
with open(os.path.join(drop, "Note Julie Tremblay 046454286.txt"), "w") as f:
    f.write("Note au dossier : rappeler la plaignante.\n")
with open(os.path.join(drop, "Scan Julie Tremblay 046454286.bin"), "wb") as f:
    f.write(bytes(range(256)) * 64)
conf = os.path.join(tmp, "caviar.conf")
with open(conf, "w") as f:
    f.write('[serve]\nlisten = 127.0.0.1:0\nsettle-ms = 200\n'
            '[watch "greffe"]\ndirectory = %s\n' % drop)
serve = subprocess.Popen([CAVIAR, "serve", "--config", conf], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
cd = None
wd = None
try:
    line = serve.stdout.readline().decode()
    m = re.search(r"(http://\S+)", line)
    check(m is not None, "serve listens (%s)" % line.strip())
    url = m.group(1)
    page = serve.stdout.readline().decode()
    check("/ui/" in page, "serve prints the review page's address (%s)" % page.strip())

    code, headers, body = http("GET", url + "/ui/")
    csp = headers.get("Content-Security-Policy", "")
    check(code == 200 and b"<script src=\"app.js\"" in body, "GET /ui/ serves the page")
    check("script-src 'self'" in csp and "unsafe-inline" not in csp and
          "frame-ancestors 'none'" in csp, "CSP: no inline script, no framing")
    check(headers.get("Cache-Control") == "no-store", "the page is not cached")
    check(b"<script>" not in body and b" style=" not in body,
          "no inline script or style in the page")
    code, _, body = http("GET", url + "/v1/admin/whoami",
                         headers={"Authorization": "Bearer " + plain})
    check(code == 403, "a token without the admin scope is refused (%d)" % code)

    port = free_port()
    cd = subprocess.Popen([driver, "--port=%d" % port],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = "http://127.0.0.1:%d" % port
    for _ in range(100):
        try:
            if http("GET", base + "/status", timeout=2)[0] == 200:
                break
        except OSError:
            pass
        time.sleep(0.1)
    wd = WebDriver(base)

    # the drop folder's note is stored first (one document before trying)
    def documents():
        code, _, body = http("GET", url + "/v1/admin/documents",
                             headers={"Authorization": "Bearer " + admin})
        return json.loads(body)["documents"] if code == 200 else None
    for _ in range(150):
        if len(documents() or []) == 1:
            break
        time.sleep(0.2)
    check(len(documents() or []) == 1, "the drop folder's note was stored")

    # 1. sign in
    wd.get(url + "/ui/")
    wd.wait("return document.readyState === 'complete'", "the page")
    check("Connexion" in wd.js("return document.body.innerText"),
          "the page speaks French first")
    wd.type("#token", admin)
    wd.shot("1-login")
    wd.click("#login")
    wd.wait("return !document.getElementById('app-view').classList.contains('hidden')",
            "signing in")
    check("default" in wd.js("return document.getElementById('whoami').innerText"),
          "signed in to collection 'default'")

    # 2. try a file: the SIN and the name highlighted, nothing stored
    wd.type("#file", letter)
    wd.wait("return !document.getElementById('try-result').classList.contains('hidden')",
            "the preview")
    marks = wd.js("return Array.from(document.querySelectorAll('#original mark.pii'))"
                  ".map(m => [m.dataset.type, m.textContent, m.title])")
    types = {m[0]: m for m in marks}
    check("SIN" in types and types["SIN"][1] == SIN,
          "the SIN is highlighted (%s)" % marks)
    check("PERSON" in types and NAME in types["PERSON"][1],
          "the name is highlighted")
    check(all("confiance" in m[2] and "détecteur" in m[2] for m in marks),
          "type, detector and confidence on hover (%s)" %
          (marks[0][2] if marks else None))
    red = wd.js("return document.getElementById('redacted').innerText")
    check("[NAS]" in red and SIN not in red and "Tremblay" not in red,
          "the redacted text beside it")
    counts = wd.js("return Array.from(document.querySelectorAll('#counts li'))"
                   ".map(l => l.innerText)")
    check(any(c.startswith("NAS") for c in counts) and
          any(c.startswith("PERSONNE") for c in counts),
          "counts by type, named as the labels in French (%s)" % counts)
    wd.shot("2-try")
    docs = documents()
    check(docs is not None and len(docs) == 1 and
          not any("lettre" in d["source"] for d in docs),
          "nothing was stored by trying")
    listed = subprocess.run([CAVIAR, "list", "-q", "--json"], env=env,
                            capture_output=True, text=True).stdout
    check(len(json.loads(listed or "[]")) == 1, "caviar list: still one document")

    # 3. store it
    wd.click("#store")
    wd.wait("return /Conservé/.test(document.getElementById('try-status').innerText)",
            "storing")
    wd.shot("3-stored")
    docs = [d for d in documents() or [] if "lettre" in d["source"]]
    check(len(docs) == 1 and docs[0]["redacted"].get("SIN") == 1,
          "stored: the letter, one SIN redacted")

    # 4. find it: the documents list and a search
    wd.click("#tab-docs")
    wd.wait("return document.querySelectorAll('#docs tbody tr').length === 2",
            "the documents list")
    wd.type("#search-q", "chauffage")
    wd.click("#search-go")
    wd.wait("return document.querySelectorAll('#search-results li[data-doc]').length >= 1",
            "the search result")
    hit = wd.js("return document.querySelector('#search-results pre').innerText")
    check("chauffage" in hit and SIN not in hit, "found by search, redacted")
    wd.shot("4-found")

    # 4b. the documents a page at a time (?k=1: pages of one document)
    wd.get(url + "/ui/?k=1")
    wd.wait("return !document.getElementById('app-view').classList.contains('hidden')",
            "signed in again (the tab's session)")
    wd.click("#tab-docs")
    wd.wait("return document.querySelectorAll('#docs tbody tr').length === 1 && "
            "!document.getElementById('docs-more').classList.contains('hidden')",
            "the first page and its 'more' button")
    status = wd.js("return document.getElementById('docs-status').innerText")
    check("1 document(s) sur 2" in status, "page 1: 1 of 2 documents (%s)" % status)
    first = wd.js("return document.querySelector('#docs tbody tr').dataset.doc")
    wd.shot("4b-page1")
    wd.click("#docs-more")
    wd.wait("return document.querySelectorAll('#docs tbody tr').length === 2 && "
            "document.getElementById('docs-more').classList.contains('hidden')",
            "the second page, no 'more' after it")
    rows = wd.js("return Array.from(document.querySelectorAll('#docs tbody tr'))"
                 ".map(r => r.dataset.doc)")
    status = wd.js("return document.getElementById('docs-status').innerText")
    check(rows[0] == first and len(set(rows)) == 2 and "2 document(s) sur 2" in status,
          "'more' adds the other document (%s, %s)" % (rows, status))
    wd.get(url + "/ui/")
    wd.wait("return !document.getElementById('app-view').classList.contains('hidden')",
            "the page without ?k")

    # 5. drop folders: the quarantined file with its reason, names redacted
    quarantine = os.path.join(drop, ".caviar", "quarantine")
    for _ in range(100):
        if os.path.isdir(quarantine) and any(n.endswith(".reason")
                                             for n in os.listdir(quarantine)):
            break
        time.sleep(0.2)
    wd.click("#tab-folders")
    wd.wait("return document.querySelectorAll('#folders ul.quarantine li[data-id]').length === 1",
            "the quarantined file")
    text = wd.js("return document.getElementById('folders').innerText")
    check("greffe" in text and "[NAS]" in text, "drop folder 'greffe' listed, names redacted")
    check("046454286" not in text and "Tremblay" not in text,
          "no SIN nor name in the folders view")
    check(re.search(r"Conservés récemment \(1\)", text) is not None,
          "the stored file is in the recent outcomes")
    wd.shot("5-folders")
    wd.click("#folders button.retry")
    wd.wait("return /Remis/.test(document.getElementById('folders-status').innerText)",
            "the retry")
    back = os.path.exists(os.path.join(drop, "Scan Julie Tremblay 046454286.bin"))
    again = os.path.exists(os.path.join(quarantine, "Scan Julie Tremblay 046454286.bin"))
    check(back or again, "retried: back in the folder (or taken and quarantined again)")
    wd.click("#tab-docs")
    wd.wait("return document.querySelectorAll('#docs tbody tr').length === 2",
            "the documents list again")

    # 6. forget the tried letter
    wd.js("""const rows = Array.from(document.querySelectorAll('#docs tbody tr'));
             const r = rows.find(r => /lettre-plainte/.test(r.innerText));
             r.querySelector('button.forget').id = 'forget-letter';""")
    wd.click("#forget-letter")
    wd.call("POST", "/alert/accept")
    wd.wait("return document.querySelectorAll('#docs tbody tr').length === 1",
            "forgetting")
    wd.shot("6-forgotten")
    code, _, body = http("GET", url + "/v1/admin/documents",
                         headers={"Authorization": "Bearer " + admin})
    left = json.loads(body)["documents"] if code == 200 else None
    check(left is not None and len(left) == 1 and "lettre" not in left[0]["source"],
          "forgotten: only the drop folder's note is left")
    code, _, body = http("POST", url + "/v1/search",
                         {"collection": "default", "query": "chauffage"},
                         headers={"Authorization": "Bearer " + admin})
    check(code == 200 and json.loads(body)["results"] == [],
          "forgotten: no search result")

    # the try response is written by hand (wiped once sent): valid JSON
    # for quotes, backslashes, tabs, new lines and any script
    odd = 'Objet : « test »\n\tguillemets " et \\ barre, 中文, Ωμέγα\n'
    code, _, body = http("POST", url + "/v1/admin/try?name=odd.txt",
                         odd.encode("utf-8"),
                         headers={"Authorization": "Bearer " + admin})
    try:
        got = json.loads(body)
    except ValueError:
        got = {}
    check(code == 200 and got.get("original", "").rstrip("\n") ==
          odd.rstrip("\n") and "中文" in got.get("redacted", "") and
          got.get("file") == "odd.txt" and "counts" in got and "spans" in got,
          "try: the hand-written JSON holds the text exactly (%d, %r)"
          % (code, body[:120]))

    # 7. lists: a never term (a staff member the detectors would redact)
    # and an always term (a project code), added in the Lists tab; a file
    # tried next shows their effect
    wd.click("#tab-lists")
    wd.wait("return document.querySelectorAll('#never-list li').length === 1",
            "the lists tab")
    wd.type("#list-term", STAFF)
    wd.js("const s = document.getElementById('list-which'); s.value = 'never';"
          "s.dispatchEvent(new Event('change'));")
    wd.click("#list-add")
    wd.wait("return document.querySelectorAll('#never-list li[data-term]').length === 1",
            "the never term")
    wd.type("#list-term", PROJECT)
    wd.js("const s = document.getElementById('list-which'); s.value = 'always';"
          "s.dispatchEvent(new Event('change'));"
          "document.getElementById('list-type').value = 'PERSON';")
    wd.click("#list-add")
    wd.wait("return document.querySelectorAll('#always-list li[data-term]').length === 1",
            "the always term")
    shown = wd.js("return document.getElementById('lists-view').innerText")
    check(STAFF in shown and PROJECT in shown and "PERSONNE" in shown,
          "the Lists tab shows both terms, the type in French")
    wd.shot("7-lists")
    code, _, body = http("GET", url + "/v1/admin/lists",
                         headers={"Authorization": "Bearer " + admin})
    lists = json.loads(body) if code == 200 else {}
    check(lists.get("never") == [STAFF] and
          lists.get("always") == [{"term": PROJECT, "type": "PERSON"}],
          "GET /v1/admin/lists: what the page set (%s)" % body[:200])
    code, _, _ = http("GET", url + "/v1/admin/lists",
                      headers={"Authorization": "Bearer " + plain})
    check(code == 403, "the lists need the admin scope (%d)" % code)
    wd.click("#tab-try")
    wd.type("#file", memo)
    wd.wait("return /Kraken/i.test(document.getElementById('original').innerText)"
            " && !document.getElementById('try-result').classList.contains('hidden')",
            "the preview with lists")
    marks = wd.js("return Array.from(document.querySelectorAll('#original mark.pii'))"
                  ".map(m => [m.dataset.type, m.textContent, m.title])")
    check(any(PROJECT.lower() in m[1].lower() and "list-always" in m[2]
              for m in marks),
          "the always term is highlighted, by the list (%s)" % marks)
    check(not any("Lafleur" in m[1] for m in marks),
          "the never term is not highlighted")
    red = wd.js("return document.getElementById('redacted').innerText")
    check("kraken" not in red.lower() and STAFF in red and SIN not in red,
          "redacted: the project code goes, the staff member stays, the SIN goes")
    wd.shot("8-lists-try")
    wd.click("#discard")
    # remove the always term from the page
    wd.click("#tab-lists")
    wd.wait("return document.querySelectorAll('#always-list li[data-term]').length === 1",
            "the lists again")
    wd.click("#always-list button.remove")
    wd.wait("return document.querySelectorAll('#always-list li[data-term]').length === 0",
            "removing the always term")
    code, _, body = http("GET", url + "/v1/admin/lists",
                         headers={"Authorization": "Bearer " + admin})
    check(code == 200 and json.loads(body)["always"] == [],
          "removed from the page: gone from the store's lists")
finally:
    if wd:
        wd.quit()
    if cd:
        cd.terminate()
        cd.wait(timeout=30)
    serve.terminate()
    try:
        _, err = serve.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        serve.kill()
        _, err = serve.communicate()
    log = err.decode("utf-8", "replace")
    check(SIN not in log and "Tremblay" not in log,
          "the service's log holds neither the SIN nor the name")
    check("Kraken" not in log and "Lafleur" not in log,
          "the service's log holds no list term")
    shutil.rmtree(tmp, ignore_errors=True)

print("%d failure(s)" % failures)
sys.exit(1 if failures else 0)

#!/usr/bin/env python3
"""test-openapi.py — GET /openapi.json is docs/openapi.json, built into the
binary, and live answers of `caviar serve` (search with and without a
filter, a document, health, and each error status) match the schema it
gives for their path, method and status.  Validates with a small JSON
Schema subset written here (type, enum, required, properties,
additionalProperties, items, min/maxItems, minimum/maximum, pattern,
minLength, $ref) and, when installed (Debian python3-jsonschema), with
jsonschema as well.  Also checks that every path and status the server
answered is described.
Usage: test-openapi.py CAVIAR (or $CAVIAR_BIN)
"""
import json
import os
import re
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import servelib  # noqa: E402
from servelib import request  # noqa: E402

check = servelib.Checks()
SRC = os.environ.get("CAVIAR_SRCDIR", os.path.join(os.path.dirname(__file__), ".."))
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def resolve(root, schema):
    while "$ref" in schema:
        node = root
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def type_ok(t, v):
    if t == "integer":
        return isinstance(v, int) and not isinstance(v, bool)
    if t == "number":
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    return isinstance(v, TYPES[t])


def validate(root, schema, v, where="$"):
    """A list of problems (empty: valid)."""
    s = resolve(root, schema)
    errs = []
    if "type" in s:
        ts = s["type"] if isinstance(s["type"], list) else [s["type"]]
        if not any(type_ok(t, v) for t in ts):
            return ["%s: %r is not %s" % (where, v, ts)]
    if "enum" in s and v not in s["enum"]:
        errs.append("%s: %r not in enum" % (where, v))
    if isinstance(v, dict):
        for r in s.get("required", []):
            if r not in v:
                errs.append("%s: missing %s" % (where, r))
        props = s.get("properties", {})
        for k, sub in v.items():
            if k in props:
                errs += validate(root, props[k], sub, where + "." + k)
            elif s.get("additionalProperties") is False:
                errs.append("%s: unexpected %s" % (where, k))
    if isinstance(v, list):
        if "minItems" in s and len(v) < s["minItems"]:
            errs.append("%s: fewer than %d items" % (where, s["minItems"]))
        if "maxItems" in s and len(v) > s["maxItems"]:
            errs.append("%s: more than %d items" % (where, s["maxItems"]))
        for i, item in enumerate(v):
            if "items" in s:
                errs += validate(root, s["items"], item, "%s[%d]" % (where, i))
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if "minimum" in s and v < s["minimum"]:
            errs.append("%s: %r < %r" % (where, v, s["minimum"]))
        if "maximum" in s and v > s["maximum"]:
            errs.append("%s: %r > %r" % (where, v, s["maximum"]))
    if isinstance(v, str):
        if "pattern" in s and not re.search(s["pattern"], v):
            errs.append("%s: %r does not match %s" % (where, v, s["pattern"]))
        if "minLength" in s and len(v) < s["minLength"]:
            errs.append("%s: shorter than %d" % (where, s["minLength"]))
    return errs


def schema_for(api, path, method, status):
    for tmpl, item in api["paths"].items():
        if re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", tmpl), path):
            op = item.get(method.lower())
            if op is None and status == 405:
                # a method the path does not have: its 405 answer
                op = next(o for o in item.values() if "405" in o["responses"])
            if op is None:
                return None
            resp = op["responses"].get(str(status))
            if resp is None:
                return None
            resp = resolve(api, resp)
            return resp["content"]["application/json"]["schema"]
    return None


def admin_calls(api, env, tmp, url, tok, call):
    """The review page's API (/v1/admin/*, /ui/): each endpoint, its
    answers and errors against the document."""
    admin = servelib.token(env, "default", ["--admin"])
    call("GET", "/v1/admin/whoami", None, admin, 200)
    call("GET", "/v1/admin/whoami", None, tok, 403)
    call("GET", "/v1/admin/whoami", None, None, 401)
    call("POST", "/v1/admin/whoami", {}, admin, 405)
    st, _, t = request(url, "GET", "/v1/admin/nothing-here", token=admin)
    check(st == 404 and not validate(api, api["components"]["schemas"]["Error"],
                                     json.loads(t)), "an unknown admin path: 404, an Error")
    docs = call("GET", "/v1/admin/documents", None, admin, 200) or {}
    check(len(docs.get("documents", [])) == 2 and docs.get("total") == 2 and
          docs.get("k") == 100 and docs.get("offset") == 0 and docs.get("next_cursor") is None,
          "GET /v1/admin/documents: the 2 documents, one page of 100 (%s)" %
          {k: v for k, v in docs.items() if k != "documents"})
    every = [d["doc"] for d in docs.get("documents", [])]
    # paging: k, offset, the cursor of the page before
    p1 = call("GET", "/v1/admin/documents?k=1", None, admin, 200) or {}
    cur = p1.get("next_cursor") or ""
    p2 = call("GET", "/v1/admin/documents?k=1&cursor=" + cur, None, admin, 200) or {}
    got = [d["doc"] for p in (p1, p2) for d in p.get("documents", [])]
    check(got == every and p1.get("total") == p2.get("total") == 2 and
          p2.get("offset") == 1 and p2.get("next_cursor") is None,
          "documents k=1: two pages through next_cursor, then null (%s)" % got)
    p2o = call("GET", "/v1/admin/documents?k=1&offset=1", None, admin, 200) or {}
    check([d["doc"] for d in p2o.get("documents", [])] == every[1:],
          "documents k=1&offset=1: the second document")
    past = call("GET", "/v1/admin/documents?offset=5", None, admin, 200) or {}
    check(past.get("documents") == [] and past.get("total") == 2 and
          past.get("next_cursor") is None, "documents past the end: none, total 2")
    st, _, t = request(url, "POST", "/v1/search", {"query": "budget", "k": 1}, token=tok)
    search_cur = json.loads(t).get("next_cursor") or "" if st == 200 else ""
    for q, code in (("k=0", "k_out_of_range"), ("k=1001", "k_out_of_range"),
                    ("k=abc", "k_out_of_range"), ("k=-1", "k_out_of_range"),
                    ("offset=-1", "offset_out_of_range"),
                    ("offset=1000001", "offset_out_of_range"),
                    ("k=2&cursor=" + cur, "bad_cursor"),  # made for k=1
                    ("k=1&cursor=1AAAA" + cur[5:], "bad_cursor"),
                    ("k=1&cursor=" + "x" * 65, "bad_cursor"),
                    ("k=1&cursor=", "bad_cursor"),
                    ("k=1&cursor=" + search_cur, "bad_cursor"),  # a search's
                    ("k=1&offset=1&cursor=" + cur, "bad_cursor")):
        bad = call("GET", "/v1/admin/documents?" + q, None, admin, 400) or {}
        check(bad.get("error", {}).get("code") == code,
              "documents?%s: 400 %s (%s)" % (q[:40], code, bad))
    for lang, word in (("fr", "entier"), ("en", "integer")):
        st, _, t = request(url, "GET", "/v1/admin/documents?k=5000", token=admin,
                           headers={"Accept-Language": lang})
        msg = json.loads(t).get("error", {}).get("message", "") if st == 400 else ""
        check(word in msg and "1000" in msg, "documents k_out_of_range in %s: %s" % (lang, msg))
    call("GET", "/v1/admin/documents?k=1", None, tok, 403)
    call("PUT", "/v1/admin/documents", None, admin, 405)
    # lists
    call("GET", "/v1/admin/lists", None, admin, 200)
    got = call("POST", "/v1/admin/lists", {"action": "add", "list": "always",
                                           "type": "PERSON", "term": "Projet Kraken"},
               admin, 200) or {}
    check({"term": "Projet Kraken", "type": "PERSON"} in got.get("always", []),
          "POST /v1/admin/lists adds the term")
    call("POST", "/v1/admin/lists", {"action": "add", "list": "never",
                                     "term": "Josée Lafleur"}, admin, 200)
    call("POST", "/v1/admin/lists", {"action": "add", "list": "always",
                                     "type": "NOPE", "term": "x"}, admin, 400)
    call("POST", "/v1/admin/lists", {"action": "add", "term": "x"}, admin, 400)
    bogus = call("POST", "/v1/admin/lists", {"action": "add", "list": "never",
                                             "term": "x", "bogus": 1}, admin, 400) or {}
    check(bogus.get("error", {}).get("code") == "unknown_field" and
          '"bogus"' in bogus["error"]["message"], "lists: an unknown field is named")
    lists_schema = api["components"]["schemas"]["ListsChange"]
    check(validate(api, lists_schema, {"action": "add", "term": "x", "bogus": 1}) != [] and
          validate(api, lists_schema, {"action": "remove", "term": "x"}) == [],
          "ListsChange refuses what the server refuses")
    call("POST", "/v1/admin/lists", "[1, 2", admin, 400)
    call("POST", "/v1/admin/lists", "", admin, 400)
    call("POST", "/v1/admin/lists", {"action": "remove", "term": "Jamais Vu"}, admin, 404)
    call("POST", "/v1/admin/lists", {"action": "add", "list": "never", "term": "x" * 200},
         admin, 400)
    call("POST", "/v1/admin/lists", {"action": "add"}, tok, 403)
    call("DELETE", "/v1/admin/lists", None, admin, 405)
    # try (nothing stored), store
    letter = ("Objet : dossier de M. Jean Tremblay, NAS 046 454 286.\n"
              "Le projet kraken avance.\n").encode()
    octet = {"Content-Type": "application/octet-stream"}
    prev = call("POST", "/v1/admin/try?name=lettre.txt", letter, admin, 200, octet) or {}
    types = {sp["type"] for sp in prev.get("spans", [])}
    check({"SIN", "PERSON"} <= types and "046 454 286" not in prev.get("redacted", "x"),
          "try: the SIN and the names redacted (%s)" % sorted(types))
    call("POST", "/v1/admin/try?name=bruit.bin", bytes(range(256)) * 64, admin, 422, octet)
    # its reason in the request's language, whatever the service's
    for lang, want in (("fr", "type non pris en charge"), ("en", "unsupported type"),
                       ("fr-CA,en;q=0.5", "type non pris en charge")):
        bad = call("POST", "/v1/admin/try?name=bruit.bin", bytes(range(256)) * 64, admin,
                   422, dict(octet, **{"Accept-Language": lang})) or {}
        msg = bad.get("error", {}).get("message", "")
        check(bad.get("error", {}).get("code") == "file_failed" and msg.startswith(want),
              "try: a failed file's reason follows Accept-Language %s (%s)" % (lang, msg))
    call("GET", "/v1/admin/try", None, admin, 405)
    call("POST", "/v1/admin/try", letter, tok, 403, octet)
    stored = call("POST", "/v1/admin/store?name=lettre.txt", letter, admin, 200, octet) or {}
    check(stored.get("status") == "stored", "store: stored")
    again = call("POST", "/v1/admin/store?name=lettre.txt", letter, admin, 200, octet) or {}
    check(again.get("status") == "already", "store again: already stored")
    # drop folders: the quarantined file, then its retry
    folders = {}
    for _ in range(150):
        st, _, t = request(url, "GET", "/v1/admin/folders", token=admin)
        folders = json.loads(t) if st == 200 else {}
        if any(f["quarantined"] for f in folders.get("folders", [])):
            break
        time.sleep(0.2)
    folders = call("GET", "/v1/admin/folders", None, admin, 200) or {}
    q = [(f["index"], e) for f in folders.get("folders", []) for e in f["quarantined"]]
    check(len(q) == 1 and "046454286" not in q[0][1]["file"] and q[0][1]["reason"],
          "GET /v1/admin/folders: the quarantined file, name redacted, a reason")
    call("POST", "/v1/admin/folders/retry?folder=0&id=" + "0" * 32, None, admin, 404)
    call("POST", "/v1/admin/folders/retry?folder=9&id=x", None, admin, 404)
    call("GET", "/v1/admin/folders/retry", None, admin, 405)
    if q:
        call("POST", "/v1/admin/folders/retry?folder=%d&id=%s" % (q[0][0], q[0][1]["id"]),
             None, admin, 200)
    # forget
    if stored.get("doc"):
        call("DELETE", "/v1/admin/documents/" + stored["doc"], None, admin, 200)
        call("DELETE", "/v1/admin/documents/" + stored["doc"], None, admin, 404)
    call("DELETE", "/v1/admin/documents/xyz", None, admin, 400)
    call("DELETE", "/v1/admin/documents/" + "0" * 32, None, tok, 403)
    call("GET", "/v1/admin/documents/" + "0" * 32, None, admin, 405)
    # the page's files
    for path, ctype in (("/ui/", "text/html"), ("/ui/app.js", "text/javascript"),
                        ("/ui/app.css", "text/css")):
        st, hd, _ = request(url, "GET", path)
        content = api["paths"]["/ui/{file}"]["get"]["responses"]["200"]["content"]
        check(st == 200 and hd.get("content-type", "").split(";")[0] == ctype
              and ctype in content, "GET %s: %s, described" % (path, ctype))
    for path in ("/ui", "/"):
        st, hd, _ = request(url, "GET", path)
        check(st == 302 and hd.get("location") == "/ui/" and
              "302" in api["paths"][path]["get"]["responses"],
              "GET %s: 302 to /ui/, described" % path)
    st, _, metrics = request(url, "GET", "/metrics")
    check('caviar_http_requests_total{endpoint="other",code="422"} 4' in metrics and
          "other0" not in metrics,
          "/metrics counts the admin API's 422 by its code")
    call("GET", "/ui/nope.html", None, None, 404)
    call("POST", "/ui/index.html", {}, None, 405)
    admin_paths = {p for p in api["paths"] if p.startswith("/v1/admin/")}
    missed = sorted(p for p in admin_paths if not any(
        re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", p), c) for c in call.paths))
    check(len(admin_paths) == 8 and not missed,
          "each of the 8 admin endpoints described was called %s" % missed)


def main():
    if not servelib.CAVIAR:
        return 1
    try:
        import jsonschema
    except ImportError:
        jsonschema = None
        print("note: python3-jsonschema not installed; the built-in checks only")
    with open(os.path.join(SRC, "docs", "openapi.json")) as f:
        shipped = json.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        env = servelib.make_env(tmp)
        if servelib.ingest(env, tmp, {
                "a/budget.txt": "Budget municipal\n\nLe budget de voirie est adopté.\n",
                "b/parc.html": "<h1>Parc</h1><p>Le budget du parc.</p>"}) is None:
            return servelib.SKIP
        tok = servelib.token(env)
        other = servelib.token(env, "autre", ["--create"])
        drop = os.path.join(tmp, "depot")
        os.makedirs(drop)
        with open(os.path.join(drop, "Scan 046454286.bin"), "wb") as f:
            f.write(bytes(range(256)) * 64)  # no reader for it: quarantined
        conf = servelib.write_config(tmp, {"settle-ms": 200},
                                     '[watch "greffe"]\ndirectory = %s\n' % drop)
        srv = servelib.Server(env, config=conf)
        try:
            url = srv.url
            st, hd, text = request(url, "GET", "/openapi.json")
            api = json.loads(text) if st == 200 else {}
            check(st == 200 and hd.get("content-type") == "application/json",
                  "GET /openapi.json: 200, JSON")
            check(api == shipped, "it is docs/openapi.json")
            check(api.get("openapi", "").startswith("3.1"), "OpenAPI 3.1")
            st, _, _ = request(url, "POST", "/openapi.json", {})
            check(st == 405, "POST /openapi.json: 405")

            st, _, t = request(url, "POST", "/v1/search", {"query": "budget"}, token=tok)
            doc = json.loads(t)["results"][0]["doc"]
            calls = [
                ("POST", "/v1/search", {"query": "budget"}, tok, 200),
                ("POST", "/v1/search", {"query": "budget", "k": 1, "offset": 1,
                                        "filter": {"source_prefix": "docs/a/", "lang": "fr",
                                                   "type": "text", "ingested_after": 0,
                                                   "ingested_before": "2999-01-01",
                                                   "doc": doc}}, tok, 200),
                ("POST", "/v1/search", {"query": "rien du tout"}, tok, 200),
                ("POST", "/v1/search", {"query": "budget", "k": 500}, tok, 400),
                ("POST", "/v1/search", {"query": "budget", "x": 1}, tok, 400),
                ("POST", "/v1/search", "", tok, 400),  # empty: no JSON root
                ("POST", "/v1/search", {"query": "budget"}, None, 401),
                ("POST", "/v1/search", {"query": "budget"}, other, 403),
                ("GET", "/v1/search", None, tok, 405),
                ("GET", "/v1/documents/" + doc, None, tok, 200),
                ("GET", "/v1/documents/" + "0" * 32, None, tok, 404),
                ("GET", "/v1/documents/xyz", None, tok, 400),
                ("PUT", "/v1/documents/" + doc, None, tok, 405),
                ("GET", "/v1/health", None, None, 200),
                ("POST", "/v1/health", None, None, 405),
            ]
            validator = None
            if jsonschema is not None:
                cls = getattr(jsonschema, "Draft202012Validator", None)
                validator = cls if cls is not None else jsonschema.Draft7Validator

            def conforms(what, schema, payload):
                errs = validate(api, schema, payload)
                check(not errs, "%s matches its schema %s" % (what, errs[:3]))
                if validator is not None:
                    full = dict(resolve(api, schema))
                    full["components"] = api["components"]
                    jerrs = [e.message for e in validator(full).iter_errors(payload)]
                    check(not jerrs, "%s: jsonschema agrees %s" % (what, jerrs[:2]))

            def call(method, path, body, token, want, headers=None):
                """The request; its answer checked against the document
                (status described, body valid, Allow on a 405)."""
                call.paths.add(path.split("?")[0])
                st, hd, t = request(url, method, path, body, token=token,
                                    headers=headers, timeout=60)
                schema = schema_for(api, path.split("?")[0], method, st)
                what = "%s %s -> %d" % (method, path[:48], st)
                if not check(st == want and schema is not None,
                             "%s (expected %d), described" % (what, want)):
                    print("      " + t[:300])
                    return None
                payload = json.loads(t)
                conforms(what, schema, payload)
                if st == 405:
                    item = next(i for tmpl, i in api["paths"].items()
                                if re.fullmatch(re.sub(r"\{[^}]+\}", "[^/]+", tmpl),
                                                path.split("?")[0]))
                    methods = sorted(m.upper() for m in item)
                    check(sorted(x.strip() for x in hd.get("allow", "").split(","))
                          == methods, "%s: Allow: %s" % (what, ", ".join(methods)))
                return payload

            call.paths = set()
            for method, path, body, token, want in calls:
                call(method, path, body, token, want)

            # `caviar search --json` builds its results with the API's
            # code: they match the same schemas
            r = servelib.run(["search", "--json", "-k", "5", "budget"], env)
            out = json.loads(r.stdout) if r.returncode == 0 else {}
            check(len(out.get("results", [])) == 2,
                  "caviar search --json (through the service): 2 results")
            conforms("caviar search --json", api["components"]["schemas"]["SearchResponse"],
                     out)
            st, _, t = request(url, "POST", "/v1/search", {"query": "budget", "k": 5},
                               token=tok)
            api_res = json.loads(t)["results"]
            check([(x["doc"], x["chunk"], x["title"], x["highlights"]) for x in api_res] ==
                  [(x["doc"], x["chunk"], x["title"], x["highlights"])
                   for x in out.get("results", [])],
                  "the CLI and the API give the same results, titles and highlights")

            admin_calls(api, env, tmp, url, tok, call)
            log = srv.logged()
            check("CRITICAL" not in log and "WARNING" not in log,
                  "no GLib critical or warning in the server's log (%s)" % log[-300:])
            # the request schema rejects what the server rejects
            req_schema = api["components"]["schemas"]["SearchRequest"]
            check(validate(api, req_schema, {"query": "x", "filter": {"lang": "fr"}}) == [],
                  "a valid request matches SearchRequest")
            check(validate(api, req_schema, {"query": "x", "bogus": 1}) != [],
                  "an unknown field does not")
        finally:
            srv.stop()
    return 1 if check.failures else 0


if __name__ == "__main__":
    sys.exit(main())

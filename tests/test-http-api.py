#!/usr/bin/env python3
"""test-http-api.py — the search API of `caviar serve` (issue #12):
offset and total; each filter (source_prefix, type, lang, ingested_after,
ingested_before, doc) checked against the unfiltered results filtered by
hand; every result field (score_norm in 0..1, highlights on matching words,
title, type, language, ingested_at); unknown fields -> 400 naming them; one
error shape {"error": {"code", "message"}} with the message in French or
English per Accept-Language; 405 with Allow.
Usage: test-http-api.py CAVIAR (or $CAVIAR_BIN)
"""
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import servelib  # noqa: E402
from servelib import request  # noqa: E402

check = servelib.Checks()

FIRST = {
    "finances/budget-2026.txt": "Budget de voirie 2026\n\nLe budget de voirie "
    "pour 2026 est adopté par le conseil. Les budgets annexes suivent.\n",
    "finances/taxes.txt": "Taxes foncières\n\nLe compte de taxes et le budget "
    "municipal sont publiés en mars.\n",
    "parcs/jeux.html": "<html><body><h1>Jeux d'eau</h1><p>Le budget du parc "
    "municipal finance les jeux d'eau.</p></body></html>",
}
SECOND = {
    "parcs/council.txt": "City council\n\nThe city budget for road works was "
    "adopted by the council in January.\n",
    "finances/rapport.txt": "Rapport annuel\n\nLe rapport présente le budget "
    "réalisé et les écarts.\n",
}


def main():
    if not servelib.CAVIAR:
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        env = servelib.make_env(tmp)
        if servelib.ingest(env, tmp, FIRST, name="docs") is None:
            return servelib.SKIP
        time.sleep(1.2)
        mid = int(time.time())
        time.sleep(1.2)
        if servelib.ingest(env, tmp, SECOND, name="docs") is None:
            return servelib.SKIP
        tok = servelib.token(env)
        conf = servelib.write_config(tmp, {"access-log": "true"})
        srv = servelib.Server(env, conf)
        try:
            run_checks(srv.url, tok, mid)
            # a token is usable the moment `token create` returns, even
            # right after the server looked at the token file for another
            # (an unknown token makes it look; it once rate-limited that
            # look to one per 50 ms and refused the new token: flaky CI)
            fresh_ok = 0
            for _ in range(5):
                request(srv.url, "POST", "/v1/search", {"query": "budget"},
                        token="cv_unknown_0000")
                fresh = servelib.token(env)
                st, _, _ = search(srv.url, fresh, {"query": "budget"})
                fresh_ok += st == 200
            check(fresh_ok == 5, "a token created while serving works at once (%d/5)" % fresh_ok)
            # the filter's metadata cache follows forget and a new ingestion
            st, _, got = search(srv.url, tok, {"query": "taxes", "filter": {
                "source_prefix": "docs/finances/"}})
            check(st == 200 and got["total"] == 1, "filtered: the taxes document")
            doc = got["results"][0]["doc"]
            r = servelib.run(["forget", doc], env)
            check(r.returncode == 0, "forget it through the service")
            st, _, got = search(srv.url, tok, {"query": "taxes", "filter": {"doc": doc}})
            check(st == 200 and got["total"] == 0, "forgotten: not found by its id")
            moved = os.path.join(tmp, "moved")
            os.makedirs(moved)
            with open(os.path.join(moved, "taxes.txt"), "w", encoding="utf-8") as f:
                f.write(FIRST["finances/taxes.txt"])
            r = servelib.run(["ingest", moved], env)
            check(r.returncode == 0, "the same content ingested again from another folder")
            st, _, got = search(srv.url, tok, {"query": "taxes", "filter": {
                "source_prefix": "moved/"}})
            check(st == 200 and got["total"] == 1 and got["results"][0]["doc"] == doc,
                  "found under its new source (no stale cached metadata)")
            st, _, got = search(srv.url, tok, {"query": "taxes", "filter": {
                "source_prefix": "docs/finances/"}})
            check(st == 200 and got["total"] == 0, "and no longer under its old one")
            st, _, metrics = request(srv.url, "GET", "/metrics")
            check('caviar_collection_documents{collection="default"} 5' in metrics,
                  "/metrics: documents per collection")
            check('caviar_collection_chunks{collection="default"} 5' in metrics,
                  "/metrics: chunks per collection")
        finally:
            check(srv.stop() == 0, "serve stops cleanly")
        log = [l for l in srv.output.splitlines() if " access " in l]
        tid = tok.split("_")[1]
        check(any(("token=%s POST search 200 " % tid) in l for l in log),
              "access log: a line per search with the token id, status, latency")
        check(any(" GET metrics 200 " in l for l in log), "access log: /metrics too")
        check(any("token=- POST search 401 " in l for l in log),
              "access log: refused requests too")
        check(not any(w in srv.output for w in ("budget", "voirie", "finances", "hier")),
              "the log never holds the query, filter values or sources")
        # off by default
        srv = servelib.Server(env)
        request(srv.url, "POST", "/v1/search", {"query": "budget"}, token=tok)
        srv.stop()
        check(" access " not in srv.output, "no access log by default")
    return 1 if check.failures else 0


def search(url, tok, body, lang=None):
    h = {"Accept-Language": lang} if lang else None
    st, hd, text = request(url, "POST", "/v1/search", body, token=tok, headers=h)
    return st, hd, json.loads(text)


def run_checks(url, tok, mid):
    st, _, all_ = search(url, tok, {"query": "budget", "k": 100})
    check(st == 200, "search: 200")
    res = all_["results"]
    check(all_["total"] == len(res) == 5, "total counts every match (%s)" % all_["total"])
    fields = {"doc", "chunk", "score", "score_norm", "source", "pages",
              "language", "type", "mime", "title", "ingested_at", "text",
              "highlights"}
    check(all(fields <= set(r) for r in res), "every result has every field")
    check(all(0.0 < r["score_norm"] <= 1.0 for r in res), "score_norm in (0, 1]")
    check([r["score"] for r in res] == sorted((r["score"] for r in res), reverse=True),
          "best first")
    ok_hl = True
    for r in res:
        words = [r["text"][a:b].lower() for a, b in r["highlights"]]
        ok_hl &= bool(words) and all(w.startswith("budget") for w in words)
    check(ok_hl, "highlights are the words that match (budget, budgets)")
    by_src = {r["source"]: r for r in res}
    jeux = next(r for s, r in by_src.items() if s.endswith("jeux.html"))
    check(jeux["type"] == "html" and jeux["mime"] == "text/html", "type of HTML")
    check(jeux["title"] == "Jeux d'eau", "title: the first heading (%r)" % jeux["title"])
    council = next(r for s, r in by_src.items() if s.endswith("council.txt"))
    check(council["language"] == "en" and council["title"] == "City council",
          "language and title of the English document")
    check(all(r["ingested_at"].endswith("Z") and r["ingested_at"][:2] == "20" for r in res),
          "ingested_at in RFC 3339 UTC")

    # offset: the same order, shifted
    st, _, page = search(url, tok, {"query": "budget", "k": 2, "offset": 2})
    check(st == 200 and [(r["doc"], r["chunk"]) for r in page["results"]]
          == [(r["doc"], r["chunk"]) for r in res[2:4]] and page["total"] == 5,
          "offset 2, k 2: results 3 and 4")
    st, _, page = search(url, tok, {"query": "budget", "k": 10, "offset": 5})
    check(st == 200 and page["results"] == [] and page["total"] == 5,
          "offset past the end: no results, the same total")

    # filters: each against the unfiltered results
    def ts(r):
        return int(time.mktime(time.strptime(r["ingested_at"], "%Y-%m-%dT%H:%M:%SZ"))
                   - time.timezone)
    cases = [
        ({"source_prefix": "docs/finances/"}, lambda r: r["source"].startswith("docs/finances/")),
        ({"type": "html"}, lambda r: r["type"] == "html"),
        ({"type": "text/plain"}, lambda r: r["mime"] == "text/plain"),
        ({"lang": "en"}, lambda r: r["language"] == "en"),
        ({"ingested_after": mid}, lambda r: ts(r) > mid),
        ({"ingested_before": mid}, lambda r: ts(r) < mid),
        ({"ingested_after": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(mid))},
         lambda r: ts(r) > mid),
        ({"doc": res[0]["doc"]}, lambda r: r["doc"] == res[0]["doc"]),
        ({"source_prefix": "docs/finances/", "lang": "fr", "ingested_before": mid},
         lambda r: r["source"].startswith("docs/finances/") and ts(r) < mid),
        ({"source_prefix": "nowhere/"}, lambda r: False),
    ]
    for flt, keep in cases:
        st, _, got = search(url, tok, {"query": "budget", "k": 100, "filter": flt})
        want = [(r["doc"], r["chunk"]) for r in res if keep(r)]
        have = [(r["doc"], r["chunk"]) for r in got.get("results", [])]
        check(st == 200 and have == want and got["total"] == len(want),
              "filter %s: %d of %d (%s)" % (json.dumps(flt), len(want), len(res),
                                             "ok" if have == want else have))
    st, _, got = search(url, tok, {"query": "budget", "k": 1, "offset": 1,
                                   "filter": {"source_prefix": "docs/finances/"}})
    fin = [r for r in res if r["source"].startswith("docs/finances/")]
    check(st == 200 and got["total"] == len(fin) and
          [r["doc"] for r in got["results"]] == [fin[1]["doc"]],
          "offset applies after the filter")

    # cursors: the pages of offset, without counting; refused for another search
    pages, body, seen = [], {"query": "budget", "k": 2}, 0
    while True:
        st, _, page = search(url, tok, body)
        if st != 200:
            break
        pages += [(r["doc"], r["chunk"]) for r in page["results"]]
        seen += 1
        if page["next_cursor"] is None or seen > 5:
            break
        body = {"query": "budget", "k": 2, "cursor": page["next_cursor"]}
    check(st == 200 and seen == 3 and pages == [(r["doc"], r["chunk"]) for r in res],
          "cursor: three pages of 2 give the 5 results in order (%d pages)" % seen)
    st, _, first = search(url, tok, {"query": "budget", "k": 2})
    cur = first["next_cursor"]
    st, _, again = search(url, tok, {"query": "budget", "k": 2, "cursor": cur})
    check(st == 200 and [(r["doc"], r["chunk"]) for r in again["results"]]
          == [(r["doc"], r["chunk"]) for r in res[2:4]] and again["offset"] == 2,
          "a cursor can be sent again (offset 2)")
    st, _, last = search(url, tok, {"query": "budget", "k": 5})
    check(st == 200 and last["next_cursor"] is None, "no next_cursor on the last page")
    st, _, f1 = search(url, tok, {"query": "budget", "k": 1,
                                  "filter": {"source_prefix": "docs/finances/"}})
    st, _, f2 = search(url, tok, {"query": "budget", "k": 1, "cursor": f1["next_cursor"],
                                  "filter": {"source_prefix": "docs/finances/"}})
    check(st == 200 and [r["doc"] for r in f2["results"]] == [fin[1]["doc"]],
          "a cursor of a filtered search")
    tampered = cur[:-2] + ("AA" if cur[-2:] != "AA" else "BA")
    for body, why in [({"query": "budget", "k": 2, "cursor": tampered}, "tampered"),
                      ({"query": "budgets", "k": 2, "cursor": cur}, "another query"),
                      ({"query": "budget", "k": 3, "cursor": cur}, "another k"),
                      ({"query": "budget", "k": 2, "cursor": cur,
                        "filter": {"lang": "fr"}}, "another filter"),
                      ({"query": "budget", "k": 2, "cursor": cur, "offset": 2}, "with offset"),
                      ({"query": "budget", "k": 2, "cursor": "1" + "A" * 27}, "made up"),
                      ({"query": "budget", "k": 2, "cursor": 7}, "not a string")]:
        st, _, e = search(url, tok, body)
        check(st == 400 and e["error"]["code"] == "bad_cursor",
              "cursor %s: 400 bad_cursor (%s)" % (why, st))

    # unknown fields and bad values
    st, _, e = search(url, tok, {"query": "budget", "bogus": 1, "kk": 2})
    check(st == 400 and e["error"]["code"] == "unknown_field" and
          '"bogus"' in e["error"]["message"] and '"kk"' in e["error"]["message"],
          "unknown fields: 400 naming them (%s)" % e["error"]["message"])
    st, _, e = search(url, tok, {"query": "budget", "filter": {"langue": "fr"}})
    check(st == 400 and e["error"]["code"] == "unknown_field" and
          "langue" in e["error"]["message"], "unknown filter field: 400 naming it")
    for body, code in [({"query": "budget", "k": 0}, "k_out_of_range"),
                       ({"query": "budget", "k": "3"}, "k_out_of_range"),
                       ({"query": "budget", "offset": -1}, "offset_out_of_range"),
                       ({"query": "budget", "offset": 100000}, "offset_out_of_range"),
                       ({"k": 3}, "query_required"),
                       ({"query": ""}, "query_length"),
                       ({"query": "budget", "filter": []}, "bad_filter"),
                       ({"query": "budget", "filter": {"lang": "de"}}, "bad_filter"),
                       ({"query": "budget", "filter": {"doc": "xyz"}}, "bad_filter"),
                       ({"query": "budget", "filter": {"ingested_after": "hier"}}, "bad_filter")]:
        st, _, e = search(url, tok, body)
        check(st == 400 and isinstance(e.get("error"), dict) and
              e["error"].get("code") == code and e["error"].get("message"),
              "%s -> 400 %s" % (json.dumps(body), code))
    st, _, text = request(url, "POST", "/v1/search", "{not json", token=tok)
    check(st == 400 and json.loads(text)["error"]["code"] == "bad_json", "bad JSON: bad_json")

    # the language of messages
    st, _, fr = search(url, tok, {"query": "budget", "k": 0}, lang="fr-CA,fr;q=0.9,en;q=0.5")
    st2, _, en = search(url, tok, {"query": "budget", "k": 0}, lang="en-US")
    check(fr["error"]["code"] == en["error"]["code"] == "k_out_of_range",
          "the same code in both languages")
    check("entier" in fr["error"]["message"], "French message: %s" % fr["error"]["message"])
    check("integer" in en["error"]["message"], "English message: %s" % en["error"]["message"])
    st, _, text = request(url, "POST", "/v1/search", {"query": "x"},
                          headers={"Accept-Language": "fr"})
    e = json.loads(text)["error"]
    check(st == 401 and e["code"] == "unauthorized" and "jeton" in e["message"],
          "401 in French: %s" % e["message"])

    # 405 with Allow
    st, hd, text = request(url, "GET", "/v1/search", token=tok)
    check(st == 405 and hd.get("allow") == "POST" and
          json.loads(text)["error"]["code"] == "method_not_allowed",
          "GET /v1/search: 405, Allow: POST")
    st, hd, _ = request(url, "DELETE", "/v1/documents/" + res[0]["doc"], token=tok)
    check(st == 405 and hd.get("allow") == "GET", "DELETE a document: 405, Allow: GET")
    st, _, text = request(url, "GET", "/v1/nothing")
    check(st == 404 and json.loads(text)["error"]["code"] == "not_found", "404: not_found")


if __name__ == "__main__":
    sys.exit(main())

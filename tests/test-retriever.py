#!/usr/bin/env python3
"""test-retriever.py — docs/examples/caviar_retriever.py (a LangChain-style
retriever) against a live `caviar serve`: invoke returns documents with
page_content and metadata, best first; k, filter and score_threshold are
passed on; ainvoke and batch agree with invoke; errors raise CaviarError
with the API's code.  Then the JavaScript one (caviar-retriever.mjs, run by
node through tests/retriever-check.mjs; skipped without node >= 18).
Usage: test-retriever.py CAVIAR (or $CAVIAR_BIN)
"""
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(os.environ.get("CAVIAR_SRCDIR", os.path.join(HERE, "..")),
                        "docs", "examples")
sys.path.insert(0, HERE)
sys.path.insert(0, EXAMPLES)
import servelib  # noqa: E402
from caviar_retriever import CaviarRetriever, CaviarError  # noqa: E402

check = servelib.Checks()


def main():
    if not servelib.CAVIAR:
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        env = servelib.make_env(tmp)
        files = {
            "fr/delais.txt": "Délais de réponse\n\nLe responsable répond à une demande "
            "d'accès dans les vingt jours; le délai peut être prolongé de dix jours.\n",
            "fr/frais.txt": "Frais\n\nAucuns frais ne sont exigés pour une demande "
            "d'accès, sauf la reproduction.\n",
            "en/delays.txt": "Response delays\n\nAn access request is answered "
            "within twenty days.\n",
        }
        if servelib.ingest(env, tmp, files, collection="acces") is None:
            return servelib.SKIP
        tok = servelib.token(env, "acces")
        srv = servelib.Server(env)
        try:
            r = CaviarRetriever(srv.url, token=tok, collection="acces", k=3)
            docs = r.invoke("délai de réponse demande d'accès")
            check(len(docs) >= 2, "invoke returns documents (%d)" % len(docs))
            check(all(isinstance(d.page_content, str) and d.page_content for d in docs),
                  "each has page_content")
            check("vingt jours" in docs[0].page_content and
                  docs[0].metadata["source"].endswith("delais.txt"),
                  "the best one first: %s" % docs[0].metadata.get("source"))
            keys = {"doc", "chunk", "score", "score_norm", "source", "pages", "language",
                    "type", "title", "ingested_at", "highlights", "collection"}
            check(all(keys <= set(d.metadata) for d in docs), "metadata complete")
            check(docs[0].metadata["title"] == "Délais de réponse" and
                  docs[0].metadata["collection"] == "acces", "title and collection")
            scores = [d.metadata["score_norm"] for d in docs]
            check(scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores),
                  "score_norm in (0, 1], best first")
            check(len(r.invoke("délai demande", k=1)) == 1, "k per call")
            en = r.invoke("access request", filter={"lang": "en"})
            check(len(en) == 1 and en[0].metadata["language"] == "en", "filter passed on")
            fr = CaviarRetriever(srv.url, token=tok, collection="acces", k=5,
                                 filter={"source_prefix": "docs/fr/"}).invoke("demande d'accès")
            check(len(fr) == 2 and all(d.metadata["source"].startswith("docs/fr/") for d in fr),
                  "filter in the constructor")
            mid = (scores[0] + scores[-1]) / 2 if len(scores) > 1 else scores[0]
            kept = r.invoke("délai de réponse demande d'accès", score_threshold=mid)
            check(0 < len(kept) < len(docs) and all(d.metadata["score_norm"] >= mid for d in kept),
                  "score_threshold drops the weaker ones (%d of %d)" % (len(kept), len(docs)))
            a = asyncio.run(r.ainvoke("délai de réponse demande d'accès"))
            b = r.batch(["délai de réponse demande d'accès", "frais reproduction"])
            check([d.metadata["doc"] for d in a] == [d.metadata["doc"] for d in docs],
                  "ainvoke agrees with invoke")
            check(len(b) == 2 and b[1] and b[1][0].metadata["source"].endswith("frais.txt"),
                  "batch")
            check(r.get_relevant_documents("frais")[0].metadata["source"].endswith("frais.txt"),
                  "get_relevant_documents (the older name)")
            try:
                CaviarRetriever(srv.url, token="cvt_nope_nope", collection="acces").invoke("x")
                check(False, "a bad token raises")
            except CaviarError as e:
                check(e.status == 401 and e.code == "unauthorized", "a bad token raises 401 unauthorized")
            try:
                r.invoke("délai", k=1000)
                check(False, "k out of range raises")
            except CaviarError as e:
                check(e.status == 400 and e.code == "k_out_of_range", "k out of range raises its code")
            check_js(srv.url, tok)
            check_langchain_js(srv.url, tok)
        finally:
            srv.stop()
    return 1 if check.failures else 0


def check_js(url, tok):
    node = shutil.which("node") or shutil.which("nodejs")
    if node is None:
        print("skip: node not installed (the JavaScript retriever is not run)")
        return
    v = subprocess.run([node, "--version"], capture_output=True, text=True).stdout
    if int(v.strip().lstrip("v").split(".")[0] or 0) < 18:
        print("skip: node %s has no fetch (18+ needed)" % v.strip())
        return
    module = "file://" + os.path.abspath(os.path.join(EXAMPLES, "caviar-retriever.mjs"))
    r = subprocess.run([node, os.path.join(HERE, "retriever-check.mjs"), module, url, tok],
                       capture_output=True, text=True, timeout=60)
    if not check(r.returncode == 0, "node runs the JavaScript retriever"):
        print(r.stderr[-1000:])
        return
    out = json.loads(r.stdout)
    first = out.get("first") or {}
    meta = first.get("metadata", {})
    check(out["n"] >= 2 and "vingt jours" in first.get("pageContent", "") and
          meta.get("source", "").endswith("delais.txt"),
          "JS: invoke gives pageContent and metadata, best first")
    check({"doc", "chunk", "score", "score_norm", "title", "highlights", "collection"}
          <= set(meta), "JS: metadata complete")
    check(out["en"] == ["en"], "JS: filter passed on")
    check(out["k1"] == 1, "JS: k per call (getRelevantDocuments)")
    check(out["batch"] and out["batch"][0].endswith("frais.txt"), "JS: batch")
    check(out["threshold"] == 1, "JS: scoreThreshold")
    check(out["error"] == {"status": 401, "code": "unauthorized"}, "JS: errors carry the code")


def check_langchain_js(url, tok):
    """docs/examples/langchain/caviar-langchain.mjs through the real
    @langchain/core (installed by tools/install-deps.sh with `npm ci`)."""
    node = shutil.which("node") or shutil.which("nodejs")
    lc = os.path.join(EXAMPLES, "langchain")
    if node is None or not os.path.isdir(
            os.path.join(lc, "node_modules", "@langchain", "core")):
        print("skip: @langchain/core not installed in %s (run `npm ci` there; "
              "the LangChain.js retriever is not run)" % lc)
        return
    r = subprocess.run([node, os.path.join(HERE, "langchain-check.mjs"), lc, url, tok],
                       capture_output=True, text=True, timeout=60)
    if not check(r.returncode == 0, "node runs the LangChain.js retriever"):
        print(r.stderr[-1500:])
        return
    out = json.loads(r.stdout)
    first = out.get("first") or {}
    meta = first.get("metadata", {})
    check(out["isRetriever"], "LangChain: a BaseRetriever")
    check(out["n"] >= 2 and out["documents"] and "vingt jours" in first.get("pageContent", "")
          and meta.get("source", "").endswith("delais.txt"),
          "LangChain: invoke gives LangChain Documents, best first")
    check({"doc", "chunk", "score", "score_norm", "title", "highlights", "collection"}
          <= set(meta), "LangChain: metadata complete")
    check(out["callback"] == out["n"], "LangChain: callbacks see the documents")
    check(out["chain"] and out["chain"][0].endswith("frais.txt"),
          "LangChain: the retriever in a chain (pipe)")
    check(len(out["batch"]) == 2 and out["batch"][0].endswith("frais.txt"),
          "LangChain: batch")
    check(not out["serialisedHasToken"], "LangChain: the token is a secret")
    check(out["error"] == {"status": 401, "code": "unauthorized"},
          "LangChain: errors carry the code")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""caviar_client.py — minimal client of `caviar serve` (Python standard
library only), for RAG services.

    from caviar_client import CaviarClient
    client = CaviarClient("http://127.0.0.1:8750", token="cvt_...")
    for hit in client.search("délai de réponse", collection="dossiers", k=5):
        print(hit["score"], hit["source"], hit["pages"], hit["text"][:80])

Command line:
    CAVIAR_TOKEN=cvt_... python3 caviar_client.py [--url URL] \
        [--collection C] [-k N] QUERY
Exit status: 0 results printed, 1 error (HTTP status and message on stderr).
"""
import argparse
import http.client
import json
import os
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request

__all__ = ["CaviarClient", "CaviarError"]


class CaviarError(Exception):
    """An HTTP error from the server: .status (int), .code (the stable
    machine code, e.g. "k_out_of_range") and .message (for people)."""

    def __init__(self, status, message, code=None):
        super().__init__("HTTP %d: %s" % (status, message))
        self.status = status
        self.message = message
        self.code = code


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path, timeout):
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self._path)


class CaviarClient:
    """Client of the caviar HTTP API.

    url: "http://HOST:PORT" or "unix:/path/to/socket".
    token: bearer token of the collection (from `caviar token create`).
    """

    def __init__(self, url="http://127.0.0.1:8750", token=None, timeout=30.0,
                 language=None, ssl_context=None):
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.language = language  # "fr" or "en": the language of errors
        self.ssl_context = ssl_context

    def _request(self, method, path, body=None):
        headers = {"Accept": "application/json"}
        if self.language:
            headers["Accept-Language"] = self.language
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        if self.url.startswith("unix:"):
            conn = _UnixConnection(self.url[5:], self.timeout)
            try:
                conn.request(method, path, body=data, headers=headers)
                resp = conn.getresponse()
                status, raw = resp.status, resp.read()
            finally:
                conn.close()
        else:
            req = urllib.request.Request(self.url + path, data=data,
                                         headers=headers, method=method)
            try:
                with urllib.request.urlopen(req, timeout=self.timeout,
                                            context=self.ssl_context) as resp:
                    status, raw = resp.status, resp.read()
            except urllib.error.HTTPError as e:
                status, raw = e.code, e.read()
        try:
            payload = json.loads(raw.decode("utf-8")) if raw else {}
        except ValueError:
            payload = {"error": {"message": raw.decode("utf-8", "replace")}}
        if status != 200:
            err = payload.get("error") if isinstance(payload, dict) else None
            err = err if isinstance(err, dict) else {"message": str(err or "")}
            raise CaviarError(status, err.get("message", ""), err.get("code"))
        return payload

    def search_page(self, query, collection="default", k=10, offset=0,
                    filter=None):
        """The whole answer: {"total", "offset", "k", "results"}; filter is
        a dict of source_prefix, type, lang, ingested_after,
        ingested_before, doc (each optional)."""
        body = {"collection": collection, "query": query, "k": int(k)}
        if offset:
            body["offset"] = int(offset)
        if filter:
            body["filter"] = filter
        return self._request("POST", "/v1/search", body)

    def search(self, query, collection="default", k=10, offset=0, filter=None):
        """Best chunks first: list of {"doc", "chunk", "score",
        "score_norm", "source", "pages": [first, last], "language", "type",
        "mime", "title", "ingested_at", "text", "highlights"}."""
        return self.search_page(query, collection, k, offset,
                                filter)["results"]

    def document(self, doc_id, collection="default"):
        """{"doc", "source", "chunks": [{"chunk", "pages", "text"}]}."""
        path = "/v1/documents/%s?%s" % (
            urllib.parse.quote(doc_id, safe=""),
            urllib.parse.urlencode({"collection": collection}))
        return self._request("GET", path)

    def health(self):
        return self._request("GET", "/v1/health")


def main(argv=None):
    ap = argparse.ArgumentParser(description="Search a caviar collection.")
    ap.add_argument("--url", default=os.environ.get("CAVIAR_URL", "http://127.0.0.1:8750"))
    ap.add_argument("--token", default=os.environ.get("CAVIAR_TOKEN"),
                    help="bearer token (default $CAVIAR_TOKEN)")
    ap.add_argument("--collection", "-c", default="default")
    ap.add_argument("-k", type=int, default=5)
    ap.add_argument("--json", action="store_true", help="print the raw JSON")
    ap.add_argument("query", nargs="+")
    args = ap.parse_args(argv)
    client = CaviarClient(args.url, args.token)
    try:
        hits = client.search(" ".join(args.query), args.collection, args.k)
    except CaviarError as e:
        print("caviar_client: %s" % e, file=sys.stderr)
        return 1
    except OSError as e:
        print("caviar_client: %s" % e, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"results": hits}, ensure_ascii=False, indent=2))
        return 0
    for i, h in enumerate(hits, 1):
        print("%d. %.3f  %s  pages %d-%d" % (i, h["score"], h["source"] or h["doc"],
                                            h["pages"][0], h["pages"][1]))
        print("   " + h["text"].strip().replace("\n", "\n   "))
    return 0


if __name__ == "__main__":
    sys.exit(main())

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
        srv = servelib.Server(env)
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
            for method, path, body, token, want in calls:
                st, _, t = request(url, method, path, body, token=token)
                payload = json.loads(t)
                schema = schema_for(api, path.split("?")[0], method, st)
                what = "%s %s -> %d" % (method, path[:40], st)
                if not check(st == want and schema is not None,
                             "%s (expected %d), described" % (what, want)):
                    continue
                errs = validate(api, schema, payload)
                check(not errs, "%s matches its schema %s" % (what, errs[:3]))
                if validator is not None:
                    full = dict(resolve(api, schema))
                    full["components"] = api["components"]
                    jerrs = [e.message for e in validator(full).iter_errors(payload)]
                    check(not jerrs, "%s: jsonschema agrees %s" % (what, jerrs[:2]))
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

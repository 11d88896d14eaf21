// caviar-retriever.mjs — a retriever for RAG frameworks over `caviar serve`,
// in JavaScript (Node 18+ or a browser: fetch only, no dependency).
//
// The shape of LangChain.js's retriever: `await retriever.invoke(query)`
// (and `getRelevantDocuments`, `batch`) gives documents
// { pageContent, metadata }, metadata holding doc, chunk, score, score_norm,
// source, pages, language, type, title, ingested_at, highlights, collection.
//
//   import { CaviarRetriever } from "./caviar-retriever.mjs";
//   const retriever = new CaviarRetriever({ url: "http://127.0.0.1:8750",
//     token: "cvt_...", collection: "dossiers", k: 4,
//     filter: { lang: "fr" }, scoreThreshold: 0.2 });
//   const docs = await retriever.invoke("délai de réponse");
//
// In LangChain.js: RunnableLambda.from((q) => retriever.invoke(q)).
// From a browser page the server needs [serve] cors-origins.

export class CaviarError extends Error {
  constructor(status, code, message) {
    super(`HTTP ${status}: ${message}`);
    this.status = status;
    this.code = code;
  }
}

export class CaviarRetriever {
  constructor({ url = "http://127.0.0.1:8750", token, collection = "default",
                k = 4, filter = null, scoreThreshold = null, language = null,
                fetchImpl = globalThis.fetch } = {}) {
    this.url = url.replace(/\/+$/, "");
    this.token = token;
    this.collection = collection;
    this.k = k;
    this.filter = filter;
    this.scoreThreshold = scoreThreshold;
    this.language = language;
    this.fetch = fetchImpl;
  }

  async search(query, { k = this.k, offset = 0, filter = this.filter } = {}) {
    const body = { collection: this.collection, query, k };
    if (offset) body.offset = offset;
    if (filter) body.filter = filter;
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (this.language) headers["Accept-Language"] = this.language;
    const res = await this.fetch(`${this.url}/v1/search`, {
      method: "POST", headers, body: JSON.stringify(body) });
    const payload = await res.json().catch(() => ({}));
    if (!res.ok) {
      const err = payload.error || {};
      throw new CaviarError(res.status, err.code, err.message || res.statusText);
    }
    return payload;
  }

  async invoke(query, options = {}) {
    const threshold = options.scoreThreshold ?? this.scoreThreshold;
    const { results } = await this.search(query, options);
    return results
      .filter((h) => threshold == null || h.score_norm >= threshold)
      .map((h) => ({
        pageContent: h.text,
        metadata: {
          doc: h.doc, chunk: h.chunk, score: h.score, score_norm: h.score_norm,
          source: h.source, pages: h.pages, language: h.language, type: h.type,
          title: h.title, ingested_at: h.ingested_at, highlights: h.highlights,
          collection: this.collection,
        },
      }));
  }

  getRelevantDocuments(query, options) { return this.invoke(query, options); }

  batch(queries, options) { return Promise.all(queries.map((q) => this.invoke(q, options))); }
}

// node caviar-retriever.mjs QUERY  (CAVIAR_URL, CAVIAR_TOKEN, CAVIAR_COLLECTION)
if (typeof process !== "undefined" && process.argv[1] &&
    import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const r = new CaviarRetriever({
    url: process.env.CAVIAR_URL || "http://127.0.0.1:8750",
    token: process.env.CAVIAR_TOKEN,
    collection: process.env.CAVIAR_COLLECTION || "default",
  });
  const docs = await r.invoke(process.argv.slice(2).join(" "));
  console.log(JSON.stringify(docs));
}

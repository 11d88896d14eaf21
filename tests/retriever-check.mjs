// retriever-check.mjs — run by tests/test-retriever.py: the JavaScript
// retriever of docs/examples against the live server it started.
// argv: MODULE_PATH URL TOKEN.  Prints one JSON object of what it saw.
const [, , modulePath, url, token] = process.argv;
const { CaviarRetriever, CaviarError } = await import(modulePath);
const r = new CaviarRetriever({ url, token, collection: "acces", k: 3 });
const out = {};
const docs = await r.invoke("délai de réponse demande d'accès");
out.n = docs.length;
out.first = docs[0] && { pageContent: docs[0].pageContent, metadata: docs[0].metadata };
out.en = (await r.invoke("access request", { filter: { lang: "en" } }))
  .map((d) => d.metadata.language);
out.k1 = (await r.getRelevantDocuments("délai demande", { k: 1 })).length;
out.batch = (await r.batch(["frais reproduction"])).map((ds) => ds[0].metadata.source);
const top = docs[0].metadata.score_norm;
out.threshold = (await r.invoke("délai de réponse demande d'accès",
                                { scoreThreshold: top })).length;
try {
  await new CaviarRetriever({ url, token: "cvt_x_y", collection: "acces" }).invoke("x");
  out.error = null;
} catch (e) {
  out.error = e instanceof CaviarError ? { status: e.status, code: e.code } : String(e);
}
console.log(JSON.stringify(out));

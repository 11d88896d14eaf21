// langchain-check.mjs — run by tests/test-retriever.py: the LangChain.js
// retriever of docs/examples/langchain (real @langchain/core, installed
// there by `npm ci`) against the live server the test started.
// argv: EXAMPLE_DIR URL TOKEN.  Prints one JSON object of what it saw.
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [, , dir, url, token] = process.argv;
const core = (p) => import(pathToFileURL(join(dir, "node_modules/@langchain/core/dist", p)).href);
const { Document } = await core("documents/index.js");
const { RunnableLambda } = await core("runnables/index.js");
const { BaseCallbackHandler } = await core("callbacks/base.js");
const { BaseRetriever } = await core("retrievers/index.js");
const { CaviarLangChainRetriever, CaviarError } =
  await import(pathToFileURL(join(dir, "caviar-langchain.mjs")).href);

const r = new CaviarLangChainRetriever({ url, token, collection: "acces", k: 3 });
const out = { isRetriever: r instanceof BaseRetriever };
let ended = -1;
const handler = BaseCallbackHandler.fromMethods({
  handleRetrieverEnd(docs) { ended = docs.length; },
});
const docs = await r.invoke("délai de réponse demande d'accès", { callbacks: [handler] });
out.n = docs.length;
out.documents = docs.every((d) => d instanceof Document);
out.first = docs[0] && { pageContent: docs[0].pageContent, metadata: docs[0].metadata };
out.callback = ended;
const chain = r.pipe(RunnableLambda.from((ds) => ds.map((d) => d.metadata.source)));
out.chain = await chain.invoke("frais reproduction");
out.batch = (await r.batch(["frais reproduction", "access request"]))
  .map((ds) => ds[0] && ds[0].metadata.source);
out.serialisedHasToken = JSON.stringify(r).includes(token);
try {
  await new CaviarLangChainRetriever({ url, token: "cvt_x_y", collection: "acces" })
    .invoke("x");
  out.error = null;
} catch (e) {
  out.error = e instanceof CaviarError ? { status: e.status, code: e.code } : String(e);
}
console.log(JSON.stringify(out));

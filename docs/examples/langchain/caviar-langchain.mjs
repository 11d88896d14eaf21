// caviar-langchain.mjs — caviar as a LangChain.js retriever: a subclass of
// @langchain/core's BaseRetriever whose documents are LangChain Documents
// { pageContent, metadata }, so it goes into chains like any other
// retriever (retriever.pipe(...), RunnableSequence, callbacks, batch).
//
//   cd docs/examples/langchain && npm ci      # @langchain/core, pinned
//   import { CaviarLangChainRetriever } from "./caviar-langchain.mjs";
//   const retriever = new CaviarLangChainRetriever({
//     url: "http://127.0.0.1:8750", token: process.env.CAVIAR_TOKEN,
//     collection: "dossiers", k: 4, filter: { lang: "fr" } });
//   const docs = await retriever.invoke("délai de réponse");
//
// metadata: doc, chunk, score, score_norm, source (redacted), pages,
// language, type, title, ingested_at, highlights, collection.  The HTTP
// calls are those of ../caviar-retriever.mjs (no other dependency); the
// token is a secret to LangChain (not written when the retriever is
// serialised).
import { BaseRetriever } from "@langchain/core/retrievers";
import { Document } from "@langchain/core/documents";
import { CaviarRetriever, CaviarError } from "../caviar-retriever.mjs";

export { CaviarError };

export class CaviarLangChainRetriever extends BaseRetriever {
  static lc_name() {
    return "CaviarLangChainRetriever";
  }

  lc_namespace = ["caviar", "retrievers"];

  lc_serializable = true;

  get lc_secrets() {
    return { token: "CAVIAR_TOKEN" };
  }

  constructor(fields = {}) {
    super(fields);
    this.caviar = new CaviarRetriever(fields);
  }

  async _getRelevantDocuments(query) {
    const found = await this.caviar.invoke(query);
    return found.map((d) => new Document({ pageContent: d.pageContent,
                                           metadata: d.metadata }));
  }
}

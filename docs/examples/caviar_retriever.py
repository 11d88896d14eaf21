#!/usr/bin/env python3
"""caviar_retriever.py — a retriever for RAG frameworks over `caviar serve`
(Python standard library only, with caviar_client.py beside it).

It has the shape of LangChain's retriever interface: `invoke(query)` (and
`get_relevant_documents`, `batch`, `ainvoke`) returns documents with
`page_content` (the redacted chunk) and `metadata` (doc, chunk, score,
score_norm, source, pages, language, type, title, ingested_at, highlights,
collection).  When langchain_core is installed its Document class is used,
so the results go straight into a chain; otherwise a small class with the
same two attributes.

    from caviar_retriever import CaviarRetriever
    retriever = CaviarRetriever("http://127.0.0.1:8750", token="cvt_...",
                                collection="dossiers", k=4,
                                filter={"lang": "fr", "source_prefix": "plaintes/"},
                                score_threshold=0.2)
    docs = retriever.invoke("délai de réponse à une demande d'accès")
    context = "\\n\\n".join(d.page_content for d in docs)

In a LangChain chain, wrap it: RunnableLambda(retriever.invoke).
"""
import asyncio
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from caviar_client import CaviarClient, CaviarError  # noqa: E402

__all__ = ["CaviarRetriever", "Document", "CaviarError"]

try:  # the framework's own class when it is there
    from langchain_core.documents import Document  # type: ignore
except ImportError:
    class Document:
        """page_content and metadata, like langchain_core's Document."""

        def __init__(self, page_content, metadata=None):
            self.page_content = page_content
            self.metadata = dict(metadata or {})

        def __repr__(self):
            return "Document(page_content=%r, metadata=%r)" % (
                self.page_content[:40], self.metadata)


class CaviarRetriever:
    """Retriever over a caviar collection.

    k: results per query (1-100); filter: the API's filter object
    (source_prefix, type, lang, ingested_after, ingested_before, doc);
    score_threshold: drop results whose score_norm (0..1) is lower.
    """

    def __init__(self, url="http://127.0.0.1:8750", token=None,
                 collection="default", k=4, filter=None, score_threshold=None,
                 language=None, timeout=30.0, ssl_context=None, client=None):
        self.client = client or CaviarClient(url, token=token, timeout=timeout,
                                             language=language,
                                             ssl_context=ssl_context)
        self.collection = collection
        self.k = int(k)
        self.filter = dict(filter) if filter else None
        self.score_threshold = score_threshold

    def invoke(self, query, config=None, **kwargs):
        """Documents for @query, best first.  kwargs may override k, filter
        and score_threshold for this call."""
        k = int(kwargs.get("k", self.k))
        flt = kwargs.get("filter", self.filter)
        threshold = kwargs.get("score_threshold", self.score_threshold)
        hits = self.client.search(query, collection=self.collection, k=k,
                                  filter=flt)
        docs = []
        for h in hits:
            if threshold is not None and h["score_norm"] < threshold:
                continue
            meta = {key: h[key] for key in (
                "doc", "chunk", "score", "score_norm", "source", "pages",
                "language", "type", "title", "ingested_at", "highlights")}
            meta["collection"] = self.collection
            docs.append(Document(page_content=h["text"], metadata=meta))
        return docs

    # LangChain's older name, and the other Runnable entry points
    def get_relevant_documents(self, query, **kwargs):
        return self.invoke(query, **kwargs)

    def batch(self, queries, config=None, **kwargs):
        return [self.invoke(q, config, **kwargs) for q in queries]

    async def ainvoke(self, query, config=None, **kwargs):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            None, lambda: self.invoke(query, config, **kwargs))

    async def aget_relevant_documents(self, query, **kwargs):
        return await self.ainvoke(query, **kwargs)


if __name__ == "__main__":
    import argparse
    p = argparse.ArgumentParser(description="Print the documents a query retrieves.")
    p.add_argument("query")
    p.add_argument("--url", default=os.environ.get("CAVIAR_URL", "http://127.0.0.1:8750"))
    p.add_argument("-c", "--collection", default="default")
    p.add_argument("-k", type=int, default=4)
    a = p.parse_args()
    r = CaviarRetriever(a.url, token=os.environ.get("CAVIAR_TOKEN"),
                        collection=a.collection, k=a.k)
    for d in r.invoke(a.query):
        print("%.2f  %s  %s" % (d.metadata["score_norm"], d.metadata["source"],
                                d.page_content[:100].replace("\n", " ")))

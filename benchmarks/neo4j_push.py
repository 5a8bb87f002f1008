"""Relationships per second: batched `push_graph` versus a naive one-query-per-relationship writer.

    python benchmarks/neo4j_push.py                       # starts its own Neo4j via tools/neo4j/run.sh
    NEO4J_URI=bolt://127.0.0.1:7687 python benchmarks/neo4j_push.py --entities 20000 --facts 100000

The generated graph follows docs/graph-contract.md. After a warm-up of both writers on a
throwaway graph, the batched run pushes the whole graph; then the fact relationships are deleted
and the naive writer re-creates a random sample of them, one auto-commit query per relationship, as several popular
tools do. Both write the same MERGE per relationship. The bar is batched >= 20x naive, comparing
like with like: the batched rate over its relationship batches (nodes already written, as for the
naive writer); the rate over the whole push is printed too.
WARNING: with NEO4J_URI set, the database is wiped first.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # allow `python benchmarks/neo4j_push.py` from anywhere
    sys.path.insert(0, str(REPO))

import networkx as nx  # noqa: E402
import neo4j  # noqa: E402

from graph.export.cypher import DEFAULT_BATCH_SIZE, graph_rows, merge_facts_query  # noqa: E402
from graph.export.neo4j import push_graph  # noqa: E402
from tests.neo4j_server import Neo4jServer, external_server  # noqa: E402

RELATIONS = [("supports", "cooperate"), ("condemns", "criticize"), ("meets with", "meet_visit"),
             ("accuses", "accuse"), ("sends troops to", "use_force"), ("praises", "praise"),
             ("signs deal with", "sign_agree"), ("threatens", "threaten"), ("denies", "deny"),
             ("says", "statement")]
TYPES = ["PERSON", "ORG", "GPE", "NORP", "CONCEPT", "EVENT"]


def generate_graph(entities: int, facts: int, articles: int, seed: int = 7) -> nx.MultiDiGraph:
    """A random contract graph with exactly ``facts`` edges (distinct subject, relation, object)."""
    rng = random.Random(seed)
    dates = [f"2024-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 29)]
    docs = [{"id": f"doc-{i}", "title": f"Article {i}", "url": f"https://example.org/{i}",
             "published": rng.choice(dates), "source": "bench"} for i in range(articles)]
    G = nx.MultiDiGraph(articles=docs, generator="kg-builder benchmark")
    for i in range(entities):
        name = f"Entity {i}"
        G.add_node(f"entity-{i}", label=name, type=rng.choice(TYPES), aliases=[name, f"E{i}"],
                   mentions=rng.randint(1, 9), docs=sorted({rng.choice(docs)["id"] for _ in range(2)}))
    seen = set()
    while len(seen) < facts:
        s, o = rng.randrange(entities), rng.randrange(entities)
        relation, category = rng.choice(RELATIONS)
        if s == o or (s, relation, o) in seen:
            continue
        seen.add((s, relation, o))
        ev = [{"doc": d["id"], "sentence": f"Entity {s} {relation} Entity {o}.", "published": d["published"],
               "attributed_to": []} for d in rng.sample(docs, rng.randint(1, 3))]
        dates_seen = sorted(e["published"] for e in ev)
        G.add_edge(f"entity-{s}", f"entity-{o}", key=f"{relation}|positive", relation=relation,
                   category=category, polarity="positive", certainty="asserted", weight=len(ev),
                   sources=sorted({e["doc"] for e in ev}), sentence=ev[0]["sentence"],
                   first_seen=dates_seen[0], last_seen=dates_seen[-1], evidence=ev)
    return G


def naive_push(driver: neo4j.Driver, fact_rows: list[tuple[str, dict]]) -> float:
    """One auto-commit query per relationship; returns seconds."""
    started = time.perf_counter()
    with driver.session() as session:
        for rel_type, row in fact_rows:
            query = merge_facts_query(rel_type, rows="[$row]")
            session.run(query, row=row).consume()
    return time.perf_counter() - started


def count_facts(driver: neo4j.Driver) -> int:
    return driver.execute_query("RETURN COUNT { (:Entity)-[]->(:Entity) } AS n").records[0]["n"]


def wipe(driver: neo4j.Driver) -> None:
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def run(uri: str, auth, user, password, args) -> None:
    G = generate_graph(args.entities, args.facts, args.articles)
    rows = graph_rows(G)
    print(f"graph: {rows.counts['entities']} entities, {rows.counts['articles']} articles, "
          f"{rows.counts['facts']} facts, {rows.counts['mentions']} mentions")
    with neo4j.GraphDatabase.driver(uri, auth=auth) as driver:
        # Warm-up (JIT, query plans) for both writers on a throwaway graph, then an empty database.
        warm = generate_graph(2000, 20000, 20, seed=1)
        push_graph(warm, uri, user, password, batch_size=args.batch_size)
        with driver.session() as session:
            session.run("MATCH (:Entity)-[r]->(:Entity) DELETE r").consume()
        warm_rows = graph_rows(warm)
        naive_push(driver, [(t, row) for t, group in warm_rows.facts.items() for row in group][:1000])
        wipe(driver)

        ends = []
        started = time.perf_counter()
        stats = push_graph(G, uri, user, password, batch_size=args.batch_size,
                           on_batch=lambda i, step: ends.append((time.perf_counter(), step)))
        rels = stats.facts + stats.mentions
        batched_rate = rels / stats.seconds
        # time spent on relationship batches only (both ends already exist, as for the naive writer)
        starts = [started] + [t for t, _ in ends[:-1]]
        rel_seconds = sum(t - t0 for t0, (t, step) in zip(starts, ends) if "MATCH" in step.query)
        rel_rate = rels / rel_seconds
        print(f"batched: {rels} relationships (+{stats.entities + stats.articles} nodes) in "
              f"{stats.seconds:.1f} s = {batched_rate:,.0f} rels/s overall; relationship batches alone "
              f"{rel_seconds:.1f} s = {rel_rate:,.0f} rels/s; batch size {args.batch_size}, "
              f"{stats.batches} transactions")
        assert count_facts(driver) == args.facts, "batched push lost facts"

        again = push_graph(G, uri, user, password, batch_size=args.batch_size)
        assert count_facts(driver) == args.facts, "second push changed the fact count"
        print(f"re-push of the same graph (idempotent, counts unchanged): {again.seconds:.1f} s")

        with driver.session() as session:
            session.run("MATCH (:Entity)-[r]->(:Entity) CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        every = [(rel_type, row) for rel_type, group in rows.facts.items() for row in group]
        sample = random.Random(11).sample(every, min(args.naive_sample, len(every)))
        seconds = naive_push(driver, sample)
        naive_rate = len(sample) / seconds
        assert count_facts(driver) == len(sample), "naive writer lost facts"
        print(f"naive:   {len(sample)} relationships (random sample, one auto-commit query each) in "
              f"{seconds:.1f} s = {naive_rate:,.0f} rels/s")
    # Like for like: both rates count relationships MERGEd between nodes that already exist.
    ratio = rel_rate / naive_rate
    print(f"ratio:   batched is {ratio:.1f}x faster on relationships ({batched_rate / naive_rate:.1f}x counting "
          f"the whole push, nodes included) (bar: 20x) {'PASS' if ratio >= 20 else 'FAIL'}")
    if ratio < 20:
        raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--naive-sample", type=int, default=5_000)
    parser.add_argument("--pagecache", default="512m", help="page cache of the launcher it starts")
    args = parser.parse_args()
    if args.facts < 1 or args.entities < 2:
        parser.error("need at least 2 entities and 1 fact")

    external = external_server()
    if external is not None:
        uri, auth = external
        run(uri, auth, auth[0] if auth else None, auth[1] if auth else None, args)
        return
    with Neo4jServer(pagecache=args.pagecache) as server:
        print(f"neo4j: launcher ready on {server.uri} in {server.startup_seconds:.1f} s")
        run(server.uri, None, None, None, args)


if __name__ == "__main__":
    main()

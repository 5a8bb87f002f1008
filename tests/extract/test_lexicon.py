"""extract.lexicon: the lazily read tables give the libraries' own answers, word for word."""
import gender_guesser.detector
import pytest
from lemminflect import config
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

from extract import lexicon


@pytest.mark.parametrize("table, load, path", [
    (lexicon.lemma_table, LemmaLUCodec.load, config.lemma_lu_fn),
    (lexicon.inflection_table, InflectionLUCodec.load, config.inflection_lu_fn),
])
def test_lexicon_tables_give_every_entry_of_the_library(table, load, path):
    full, lazy = load(path), table()
    assert len(full) > 30_000
    mismatched = [word for word in full if lazy.get(word) != full[word] or lazy[word] != full[word]]
    assert mismatched == []
    for absent in ("", "zzzqx", "Supports", "a,", "can't"):
        assert lazy.get(absent, {}) == full.get(absent, {})
        assert (absent in lazy) == (absent in full)


def test_lexicon_names_give_every_name_of_the_library():
    full = gender_guesser.detector.Detector(case_sensitive=False)
    lazy = lexicon.name_detector()
    assert set(lazy.names._index) == set(full.names)
    assert [n for n in full.names if lazy.names[n] != full.names[n]] == []
    for name in ("Nicola", "Scotland", "Jean-Pierre", "ann marie", "Gordon", "Xqzt"):
        assert lazy.get_gender(name) == full.get_gender(name)
        assert lazy.get_gender(name, "great_britain") == full.get_gender(name, "great_britain")


def test_lexicon_install_keeps_a_table_the_library_loaded():
    from lemminflect.core.Lemmatizer import Lemmatizer

    lexicon.install()
    table = Lemmatizer().lemma_dict
    lexicon.install()
    assert Lemmatizer().lemma_dict is table

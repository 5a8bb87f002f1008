"""PNG rendering: a real image, drawn headless, from memory or from a GraphML export."""

from __future__ import annotations

import networkx as nx
from matplotlib.figure import Figure

from graph import palette
from graph.export.graphml import generate_graphml
from graph.render import draw, main, render_png, select
from tests.sample_graphs import contract_graph

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_render_png_writes_png(tmp_path):
    path = render_png(contract_graph(), tmp_path / "g.png", size=(6, 4), dpi=50)
    assert path.read_bytes().startswith(PNG_MAGIC)


def test_render_draws_palette_colours_and_legend():
    figure = Figure()
    ax = figure.add_subplot()
    draw(contract_graph(), ax)
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert "PERSON (2)" in legend and any(t.startswith("conflict") for t in legend)
    colours = {tuple(round(c * 255) for c in rgba[:3])
               for coll in ax.collections for rgba in coll.get_facecolors()}
    assert palette.rgb(palette.TYPE_COLORS["GPE"]) in colours


def test_render_labels_strip_control_characters():
    figure = Figure()
    ax = figure.add_subplot()
    draw(contract_graph(), ax)
    assert all(t.get_text().isprintable() for t in ax.texts)


def test_render_select_keeps_most_mentioned_connected_nodes():
    assert sorted(select(contract_graph(), 2)) == ["kim-jong-un", "russia"]


def test_render_empty_graph_says_so(tmp_path):
    figure = Figure()
    ax = figure.add_subplot()
    draw(nx.MultiDiGraph(), ax)
    assert ax.texts[0].get_text() == "no relations to draw"


def test_render_main_reads_graphml_export(tmp_path):
    graphml = tmp_path / "g.graphml"
    graphml.write_text("".join(generate_graphml(contract_graph())), encoding="utf-8")
    main([str(graphml), str(tmp_path / "g.png"), "--max-nodes", "3"])
    assert (tmp_path / "g.png").read_bytes().startswith(PNG_MAGIC)


def test_render_labels_do_not_overlap():
    figure = Figure(figsize=(8, 6))
    ax = figure.add_subplot()
    draw(contract_graph(), ax)
    renderer = figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    assert len(boxes) >= 4
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_render_is_reproducible(tmp_path):
    first = render_png(contract_graph(), tmp_path / "a.png", size=(6, 4), dpi=50)
    second = render_png(contract_graph(), tmp_path / "b.png", size=(6, 4), dpi=50)
    assert first.read_bytes() == second.read_bytes()


def test_render_names_negated_relations_as_such():
    G = contract_graph()
    for *_, data in G.edges(data=True):
        data["weight"] = 3  # every relation heavy enough to be named
    figure = Figure(figsize=(8, 6))
    ax = figure.add_subplot()
    draw(G, ax, edge_labels=20)
    texts = {t.get_text() for t in ax.texts}
    assert {"supports", "not supports"} <= texts

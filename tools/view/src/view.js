// The offline graph view: reads the graph data embedded in the page (graph/export/html.py),
// draws it with sigma.js (WebGL), lays it out with ForceAtlas2 in a web worker under a time
// budget, and offers search, a facts panel and filters. Bundled by tools/view/build.mjs into
// graph/export/assets/view.js; nothing here touches the network.
import Graph from "graphology";
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";

const DIM_NODE = "#dcdcdc";
const DIM_EDGE = "rgba(180,180,180,0.35)";
const MAX_FACTS = 200;
const MAX_EVIDENCE = 20;
const timings = {};

const $ = (id) => document.getElementById(id);

function el(tag, props, ...children) {
  // Text always goes through textContent: nothing from the data is parsed as HTML.
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key === "style") node.style.cssText = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function rows(table) {
  // {columns: [...], rows: [[...]]} -> array of objects
  const { columns, rows: values } = table;
  return values.map((row) => {
    const record = {};
    columns.forEach((name, i) => (record[name] = row[i]));
    return record;
  });
}

function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
}

function main() {
  const data = JSON.parse($("kg-data").textContent);
  timings.parsed = performance.now();
  const nodes = rows(data.nodes);
  const edges = rows(data.edges);
  const articles = rows(data.articles);
  const evidenceColumns = data.evidence_columns;
  const palette = data.palette;

  const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
  nodes.forEach((n, i) => {
    n.index = i;
    n.search = [n.label, ...(n.aliases || [])].join("\u0000").toLowerCase();
    graph.addNode(String(i), { // keys are indices: two ids may print alike
      label: n.label, x: n.x, y: n.y, size: n.size,
      color: palette.types[n.type] || palette.other_type,
    });
  });
  edges.forEach((e, i) => {
    e.index = i;
    e.evidence = (e.evidence || []).map((row) => {
      const record = {};
      evidenceColumns.forEach((name, j) => (record[name] = row[j]));
      return record;
    });
    graph.addDirectedEdgeWithKey(String(i), String(e.source), String(e.target), {
      color: palette.categories[e.category] || palette.other_category,
      size: Math.min(1 + Math.log2(Math.max(e.weight, 1)), 5),
      weight: e.weight,
    });
  });
  const nodeIndex = (key) => nodes[+key];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  timings.built = performance.now();

  // -- filters ---------------------------------------------------------------------------
  const state = {
    categories: new Set(data.categories),
    polarity: new Set(["positive", "negative"]),
    certainty: new Set(["asserted", "reported", "hedged"]),
    minConfidence: 0,
    from: "",
    to: "",
    hideConcepts: false,
    selected: null,
  };
  const edgeVisible = new Uint8Array(edges.length).fill(1);
  const nodeVisible = new Uint8Array(nodes.length).fill(1);
  let visibleNodes = nodes.length;
  let visibleEdges = edges.length;

  function edgeFilterActive() {
    return state.categories.size !== data.categories.length || state.polarity.size !== 2 ||
      state.certainty.size !== 3 || state.minConfidence > 0 || state.from || state.to;
  }

  function inDates(e) {
    if (!state.from && !state.to) return true;
    if (!e.first_seen) return false; // an undated fact has no place in a date range
    return (!state.from || (e.last_seen || e.first_seen) >= state.from) &&
      (!state.to || e.first_seen <= state.to);
  }

  function applyFilters() {
    const degree = new Uint32Array(nodes.length);
    nodes.forEach((n, i) => (nodeVisible[i] = !(state.hideConcepts && n.type === "CONCEPT")));
    visibleEdges = 0;
    edges.forEach((e, i) => {
      const shown = nodeVisible[e.source] && nodeVisible[e.target] &&
        state.categories.has(e.category) && state.polarity.has(e.polarity) &&
        state.certainty.has(e.certainty) && e.confidence >= state.minConfidence - 1e-9 && inDates(e);
      edgeVisible[i] = shown ? 1 : 0;
      if (shown) {
        visibleEdges += 1;
        degree[e.source] += 1;
        degree[e.target] += 1;
      }
    });
    // With a fact filter on, an entity left without facts goes too.
    const pruneIsolated = edgeFilterActive();
    visibleNodes = 0;
    nodes.forEach((n, i) => {
      if (pruneIsolated && !degree[i]) nodeVisible[i] = 0;
      visibleNodes += nodeVisible[i];
    });
    if (state.selected !== null && !nodeVisible[state.selected.index]) select(null);
    showCounts();
    if (state.selected) showPanel(state.selected);
    renderer.refresh({ skipIndexation: true });
  }

  function showCounts() {
    $("counts").textContent =
      `${visibleNodes.toLocaleString("en")} of ${nodes.length.toLocaleString("en")} entities, ` +
      `${visibleEdges.toLocaleString("en")} of ${edges.length.toLocaleString("en")} relations`;
  }

  // -- renderer --------------------------------------------------------------------------
  let neighbours = new Set();
  const renderer = new Sigma(graph, $("stage"), {
    defaultEdgeType: "arrow",
    labelRenderedSizeThreshold: nodes.length > 2000 ? 9 : nodes.length > 300 ? 5 : 0,
    stagePadding: 60,
    labelDensity: nodes.length > 300 ? 0.7 : 3,
    labelGridCellSize: 60,
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    labelSize: 13,
    zIndex: true,
    hideEdgesOnMove: edges.length > 20000,
    nodeReducer(node, attrs) {
      const n = nodeIndex(node);
      if (!nodeVisible[n.index]) return { ...attrs, hidden: true };
      if (state.selected === null) return attrs;
      if (n === state.selected) return { ...attrs, highlighted: true, forceLabel: true, zIndex: 2 };
      if (neighbours.has(n.index)) return { ...attrs, forceLabel: neighbours.size <= 40, zIndex: 1 };
      return { ...attrs, color: DIM_NODE, label: "", zIndex: 0 };
    },
    edgeReducer(edge, attrs) {
      const e = edges[+edge];
      if (!edgeVisible[e.index]) return { ...attrs, hidden: true };
      if (state.selected === null) return attrs;
      const i = state.selected.index;
      if (e.source === i || e.target === i) return { ...attrs, zIndex: 1 };
      return { ...attrs, color: DIM_EDGE, zIndex: 0 };
    },
  });
  timings.rendered = performance.now(); // the constructor renders once, synchronously

  // -- selection and the facts panel -----------------------------------------------------
  function select(n, focus) {
    state.selected = n;
    neighbours = new Set();
    if (n === null) {
      $("panel").hidden = true;
    } else {
      edges.forEach((e) => {
        if (!edgeVisible[e.index]) return;
        if (e.source === n.index) neighbours.add(e.target);
        else if (e.target === n.index) neighbours.add(e.source);
      });
      showPanel(n);
      if (focus) {
        const display = renderer.getNodeDisplayData(String(n.index));
        const camera = renderer.getCamera();
        const ratio = Math.min(camera.ratio, nodes.length > 1000 ? 0.15 : 0.8); // never zoom out
        if (display) camera.animate({ x: display.x, y: display.y, ratio }, { duration: 400 });
      }
    }
    renderer.refresh({ skipIndexation: true });
  }

  function entityLink(n) {
    return el("a", { href: "#", class: "entity", text: n.label, "data-node": n.index,
      onclick: (event) => { event.preventDefault(); select(n, true); } });
  }

  function showPanel(n) {
    const facts = edges.filter((e) => edgeVisible[e.index] && (e.source === n.index || e.target === n.index))
      .sort((a, b) => b.weight - a.weight || b.confidence - a.confidence || a.index - b.index);
    const body = $("panel-body");
    body.replaceChildren();
    body.append(
      el("h2", { text: n.label }),
      el("p", { class: "meta" },
        el("span", { class: "swatch", style: `background:${palette.types[n.type] || palette.other_type}` }),
        `${n.type} · ${n.mentions} mention${n.mentions === 1 ? "" : "s"}` +
        (n.first_seen ? ` · ${n.first_seen}${n.last_seen && n.last_seen !== n.first_seen ? " to " + n.last_seen : ""}` : "")),
    );
    const aliases = (n.aliases || []).filter((a) => a !== n.label);
    if (aliases.length) body.append(el("p", { class: "aliases", text: "also: " + aliases.join(", ") }));
    body.append(el("h3", { text: `${facts.length} fact${facts.length === 1 ? "" : "s"}` +
      (edgeFilterActive() ? " (filtered)" : "") }));
    const list = el("ol", { class: "facts" });
    for (const e of facts.slice(0, MAX_FACTS)) list.append(factItem(e));
    body.append(list);
    if (facts.length > MAX_FACTS) body.append(el("p", { class: "more", text: `and ${facts.length - MAX_FACTS} more` }));
    $("panel").hidden = false;
  }

  function factItem(e) {
    const subject = nodes[e.source];
    const object = nodes[e.target];
    const head = el("div", { class: "fact-head" },
      entityLink(subject), " ",
      el("span", { class: "relation" + (e.polarity === "negative" ? " negative" : ""),
        text: (e.polarity === "negative" ? "not " : "") + e.relation }), " ",
      entityLink(object));
    const meta = el("div", { class: "fact-meta" },
      el("span", { class: "badge", style: `border-color:${palette.categories[e.category] || palette.other_category}`, text: e.category }),
      el("span", { class: "badge", text: e.polarity }),
      el("span", { class: "badge", text: e.certainty }),
      el("span", { class: "badge", text: `confidence ${e.confidence.toFixed(2)}` }),
      el("span", { class: "badge", text: `${e.weight} mention${e.weight === 1 ? "" : "s"}` }));
    const evidence = el("ul", { class: "evidence" });
    for (const ev of e.evidence.slice(0, MAX_EVIDENCE)) {
      const article = ev.article === null ? null : articles[ev.article];
      const title = article ? (article.title || article.id) : "unknown article";
      const url = article ? safeUrl(article.url) : null;
      const source = url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: title })
        : el("span", { text: title });
      const date = ev.published || (article && article.published);
      evidence.append(el("li", {},
        el("q", { text: ev.sentence || "" }),
        el("cite", {}, source, date ? ` · ${date}` : "", ev.certainty && ev.certainty !== "asserted" ? ` · ${ev.certainty}` : "")));
    }
    if (e.evidence.length > MAX_EVIDENCE) evidence.append(el("li", { class: "more", text: `and ${e.evidence.length - MAX_EVIDENCE} more sentences` }));
    return el("li", { class: "fact" }, head, meta, evidence);
  }

  renderer.on("clickNode", ({ node }) => select(nodeIndex(node), false));
  renderer.on("clickStage", () => select(null));
  renderer.on("enterNode", () => ($("stage").style.cursor = "pointer"));
  renderer.on("leaveNode", () => ($("stage").style.cursor = ""));
  $("panel-close").addEventListener("click", () => select(null));

  // -- search ----------------------------------------------------------------------------
  const search = $("search");
  const results = $("search-results");
  let matches = [];
  function runSearch() {
    const query = search.value.trim().toLowerCase();
    results.replaceChildren();
    matches = [];
    if (!query) { results.hidden = true; return; }
    for (const n of nodes) {
      if (!nodeVisible[n.index]) continue;
      const at = n.search.indexOf(query);
      if (at >= 0) matches.push({ n, rank: at === 0 ? 0 : 1 });
    }
    matches.sort((a, b) => a.rank - b.rank || b.n.mentions - a.n.mentions || a.n.label.localeCompare(b.n.label));
    matches = matches.slice(0, 10).map((m) => m.n);
    for (const n of matches) {
      results.append(el("li", {}, el("button", { type: "button", onclick: () => choose(n) },
        el("span", { class: "swatch", style: `background:${palette.types[n.type] || palette.other_type}` }),
        n.label, el("small", { text: ` ${n.type}` }))));
    }
    if (!matches.length) results.append(el("li", { class: "none", text: "no entity matches" }));
    results.hidden = false;
  }
  function choose(n) {
    results.hidden = true;
    search.value = n.label;
    select(n, true);
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && matches.length) choose(matches[0]);
    if (event.key === "Escape") { results.hidden = true; search.blur(); }
  });

  // -- filter controls -------------------------------------------------------------------
  const counts = (key) => edges.reduce((acc, e) => acc.set(e[key], (acc.get(e[key]) || 0) + 1), new Map());
  function checkboxes(container, values, set, colours, tally) {
    for (const value of values) {
      const box = el("input", { type: "checkbox", value, checked: "" });
      box.checked = set.has(value);
      box.addEventListener("change", () => {
        if (box.checked) set.add(value); else set.delete(value);
        applyFilters();
      });
      container.append(el("label", {}, box,
        colours ? el("span", { class: "swatch line", style: `background:${colours[value] || palette.other_category}` }) : null,
        value, el("small", { text: ` ${tally.get(value) || 0}` })));
    }
  }
  checkboxes($("f-category"), data.categories, state.categories, palette.categories, counts("category"));
  checkboxes($("f-polarity"), ["positive", "negative"], state.polarity, null, counts("polarity"));
  checkboxes($("f-certainty"), ["asserted", "reported", "hedged"], state.certainty, null, counts("certainty"));
  const confidence = $("f-confidence");
  confidence.addEventListener("input", () => {
    state.minConfidence = +confidence.value;
    $("f-confidence-value").textContent = state.minConfidence.toFixed(2);
    applyFilters();
  });
  for (const [id, key] of [["f-from", "from"], ["f-to", "to"]]) {
    const input = $(id);
    if (data.date_range) { input.min = data.date_range[0]; input.max = data.date_range[1]; }
    input.addEventListener("change", () => { state[key] = input.value; applyFilters(); });
  }
  if (!data.date_range) $("f-dates").hidden = true;
  $("f-concepts").addEventListener("change", (event) => { state.hideConcepts = event.target.checked; applyFilters(); });
  const conceptCount = nodes.filter((n) => n.type === "CONCEPT").length;
  $("f-concepts-count").textContent = ` ${conceptCount}`;

  const legend = $("legend");
  const typeCounts = nodes.reduce((acc, n) => acc.set(n.type, (acc.get(n.type) || 0) + 1), new Map());
  for (const [type, count] of [...typeCounts].sort((a, b) => b[1] - a[1])) {
    legend.append(el("li", {}, el("span", { class: "swatch", style: `background:${palette.types[type] || palette.other_type}` }),
      type, el("small", { text: ` ${count}` })));
  }

  // -- layout: ForceAtlas2 in a worker, under a time budget ------------------------------
  const settings = forceAtlas2.inferSettings(graph);
  if (nodes.length <= 1000) settings.gravity = 1; // keeps small components in the picture
  const layout = edges.length ? new FA2Layout(graph, { settings }) : null;
  const budget = Math.min(20000, 3000 + nodes.length / 2); // ms
  let stopAt = 0;
  let timer = null;
  const button = $("layout-button");
  function layoutStatus() {
    const running = layout && layout.isRunning();
    button.textContent = running ? "Pause layout" : "Resume layout";
    button.setAttribute("aria-pressed", running ? "false" : "true");
    $("layout-status").textContent = !layout ? "no relations to lay out" :
      running ? `running, ${Math.max(0, Math.ceil((stopAt - performance.now()) / 1000))} s left` : "paused";
  }
  function stopLayout() {
    if (layout) layout.stop();
    clearInterval(timer);
    timer = null;
    layoutStatus();
  }
  function startLayout() {
    if (!layout) { button.disabled = true; layoutStatus(); return; }
    stopAt = performance.now() + budget;
    layout.start();
    clearInterval(timer);
    timer = setInterval(() => (performance.now() >= stopAt ? stopLayout() : layoutStatus()), 250);
    layoutStatus();
  }
  button.addEventListener("click", () => (layout && layout.isRunning() ? stopLayout() : startLayout()));

  showCounts();
  requestAnimationFrame(() => {
    timings.firstDraw = performance.now(); // the first frame on screen
    window.kgView.ready = true;
    startLayout();
  });

  // A small scripting and test hook: counts, screen positions, selection.
  Object.assign(window.kgView, {
    graph, renderer, timings,
    nodeCount: () => graph.order,
    edgeCount: () => graph.size,
    visibleCounts: () => ({ nodes: visibleNodes, edges: visibleEdges }),
    renderedHidden: () => ({
      nodes: graph.filterNodes((n) => renderer.getNodeDisplayData(n).hidden).length,
      edges: graph.filterEdges((e) => renderer.getEdgeDisplayData(e).hidden).length,
    }),
    nodeScreenPosition(id) {
      const d = renderer.getNodeDisplayData(String(byId.get(id).index));
      const p = renderer.framedGraphToViewport(d);
      const box = $("stage").getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, size: d.size };
    },
    selected: () => (state.selected ? state.selected.id : null),
    idsOf: (label) => nodes.filter((n) => n.label === label).map((n) => n.id),
    layoutRunning: () => !!(layout && layout.isRunning()),
    pauseLayout: stopLayout,
  });
}

window.kgView = { ready: false, error: null };
try {
  main();
} catch (error) {
  window.kgView.error = String(error);
  const message = $("fatal");
  message.textContent = `The graph cannot be shown: ${error.message || error}`;
  message.hidden = false;
  throw error;
}

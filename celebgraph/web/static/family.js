// The family drawing of a person page: the page's JSON (#family-data) drawn with the vendored
// cytoscape.js, parents above, children below; clicking a person opens their page.
(function () {
  "use strict";
  var box = document.getElementById("family");
  var source = document.getElementById("family-data");
  if (!box || !source || typeof cytoscape === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var rows = {};
  data.nodes.forEach(function (n) { (rows[n.generation] = rows[n.generation] || []).push(n); });
  var elements = [];
  Object.keys(rows).forEach(function (g) {
    var row = rows[g].sort(function (a, b) {
      return (a.distance - b.distance) || a.name.localeCompare(b.name);
    });
    row.forEach(function (n, i) {
      elements.push({ group: "nodes", data: { id: n.id, label: n.name, relation: n.relation },
        classes: n.distance === 0 ? "root" : "",
        position: { x: (i - (row.length - 1) / 2) * 150, y: Number(g) * 130 } });
    });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ group: "edges", data: { id: "e" + i, source: e.source, target: e.target,
      type: e.type }, classes: e.type === "PARENT_OF" ? "parent" :
      (e.type === "SPOUSE_OF" ? "spouse" : "other") });
  });
  var cy = cytoscape({
    container: box, elements: elements, layout: { name: "preset", fit: true, padding: 30 },
    minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { "label": "data(label)", "background-color": "#8fa8c8",
        "font-size": 12, "text-valign": "bottom", "text-margin-y": 4, "width": 22,
        "height": 22 } },
      { selector: "node.root", style: { "background-color": "#24324a", "width": 30,
        "height": 30, "font-weight": "bold" } },
      { selector: "edge", style: { "width": 2, "curve-style": "bezier", "line-color": "#999" } },
      { selector: "edge.parent", style: { "line-color": "#3d6fb4", "target-arrow-shape":
        "triangle", "target-arrow-color": "#3d6fb4" } },
      { selector: "edge.spouse", style: { "line-color": "#c64600", "width": 3 } },
      { selector: "edge.other", style: { "line-style": "dashed" } }
    ]
  });
  cy.on("tap", "node", function (evt) {
    if (!evt.target.hasClass("root")) {
      window.location.href = "/person/" + encodeURIComponent(evt.target.id());
    }
  });
  window.celebgraphFamily = cy;  // for tests and the console
}());

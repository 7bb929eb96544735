// The graph view: the neighbourhood of one entity from
// /api/neighbourhood, laid out with fcose, one compound node per province.
// Clicking a node adds its neighbours; double-clicking opens its page.
(function () {
  'use strict';
  var box = document.getElementById('cy');
  var status = document.getElementById('graph-status');
  var docs = document.getElementById('docs');
  if (!box || typeof cytoscape === 'undefined') { return; }
  if (typeof cytoscapeFcose !== 'undefined') { cytoscape.use(cytoscapeFcose); }
  var colours = {region: '#2b7bb9', agency: '#c0392b', plan: '#27ae60', amount: '#d68910', target: '#8e44ad', document: '#7f8c8d'};
  var cy = cytoscape({
    container: box,
    wheelSensitivity: 0.3,
    style: [
      {selector: 'node', style: {
        'label': 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': 140,
        'background-color': function (n) { return colours[n.data('kind')] || '#999'; },
        'width': 18, 'height': 18, 'text-valign': 'bottom', 'text-margin-y': 3}},
      {selector: 'node[?centre]', style: {'width': 30, 'height': 30, 'font-weight': 'bold', 'font-size': 12}},
      {selector: 'node[kind = "cluster"]', style: {
        'background-color': '#f4f6f8', 'background-opacity': 0.6, 'border-color': '#aab', 'border-width': 1,
        'label': 'data(label)', 'text-valign': 'top', 'font-size': 12, 'color': '#556'}},
      {selector: 'edge', style: {
        'width': 1, 'line-color': '#bbb', 'target-arrow-color': '#bbb', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'label': 'data(rel)', 'font-size': 8, 'color': '#999', 'text-rotation': 'autorotate'}},
      {selector: 'node.expanded', style: {'border-width': 2, 'border-color': '#333'}}
    ]
  });
  window.policygraphCy = cy; // for tests and the console
  var expanded = {};
  function layout() {
    var name = (typeof cytoscapeFcose !== 'undefined') ? 'fcose' : 'cose';
    var l = cy.layout({name: name, animate: false, randomize: true, nodeRepulsion: 6000, idealEdgeLength: 90, nodeDimensionsIncludeLabels: true});
    l.one('layoutstop', function () { box.setAttribute('data-ready', String(cy.nodes().length)); });
    l.run();
  }
  function expand(id) {
    if (expanded[id]) { return; }
    expanded[id] = true;
    status.textContent = 'loading…';
    var url = '/api/neighbourhood?id=' + encodeURIComponent(id) + (docs.checked ? '&docs=1' : '');
    fetch(url).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body.error || r.statusText); }
        return body;
      });
    }).then(function (res) {
      var add = [];
      // Parents before children, nodes before edges: the API lists them so,
      // clusters last among nodes, so add clusters first.
      res.elements.forEach(function (e) {
        if (e.data.kind === 'cluster' && cy.getElementById(e.data.id).empty()) { add.push(e); }
      });
      res.elements.forEach(function (e) {
        if (e.data.kind !== 'cluster' && cy.getElementById(e.data.id).empty()) { add.push(e); }
      });
      cy.add(add.filter(function (e) { return e.group === 'nodes'; }));
      cy.add(add.filter(function (e) { return e.group === 'edges'; }));
      var n = cy.getElementById(id);
      n.addClass('expanded');
      status.textContent = cy.nodes('[kind != "cluster"]').length + ' nodes' + (res.more ? ' (' + res.more + ' more neighbours of ' + res.name + ' not shown)' : '');
      layout();
    }).catch(function (err) {
      status.textContent = 'error: ' + err.message;
      expanded[id] = false;
    });
  }
  cy.on('tap', 'node', function (ev) {
    var d = ev.target.data();
    if (d.kind !== 'cluster') { expand(d.entity); }
  });
  cy.on('dbltap', 'node', function (ev) {
    window.location.href = '/entity?id=' + encodeURIComponent(ev.target.data('entity'));
  });
  docs.addEventListener('change', function () {
    cy.elements().remove();
    expanded = {};
    expand(box.getAttribute('data-id'));
  });
  expand(box.getAttribute('data-id'));
})();

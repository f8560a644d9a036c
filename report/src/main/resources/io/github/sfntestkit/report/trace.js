/* sfn-testkit trace view: clicking a state or a visit shows its input, output and retries. */
(function () {
  'use strict';
  var details = document.getElementById('details');
  var title = document.getElementById('details-title');
  var hint = document.getElementById('details-hint');
  var svg = document.querySelector('#viewport svg.sfn-graph');
  var rows = document.querySelectorAll('#visits tr.visit');
  var blocks = details ? details.querySelectorAll('.visit-detail') : [];
  var MAX_SHOWN = 25;

  function select(match, heading, nodeId) {
    var shown = 0;
    var total = 0;
    for (var i = 0; i < blocks.length; i++) {
      var ok = match(blocks[i]);
      if (ok) { total++; }
      blocks[i].hidden = !(ok && shown < MAX_SHOWN);
      if (ok && shown < MAX_SHOWN) { shown++; }
    }
    for (var j = 0; j < rows.length; j++) {
      rows[j].classList.toggle('selected', match(rows[j]));
    }
    if (svg) {
      var states = svg.querySelectorAll('g.state');
      for (var k = 0; k < states.length; k++) {
        states[k].classList.toggle('selected', states[k].getAttribute('data-node-id') === nodeId);
      }
    }
    title.textContent = heading;
    hint.hidden = total > 0;
    if (total === 0) { hint.textContent = 'This state was not entered in this execution.'; }
    var more = document.getElementById('details-more');
    if (more) { more.remove(); }
    if (total > shown) {
      more = document.createElement('p');
      more.id = 'details-more';
      more.className = 'note';
      more.textContent = (total - shown) + ' more visits: pick one in the table below.';
      details.appendChild(more);
    }
  }

  function selectNode(nodeId) {
    var n = 0;
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].getAttribute('data-node-id') === nodeId) { n++; }
    }
    select(function (el) { return el.getAttribute('data-node-id') === nodeId; },
      nodeId + ' \u00b7 ' + (n === 1 ? '1 visit' : n + ' visits'), nodeId);
  }

  function selectVisit(number) {
    var row = document.querySelector('#visits tr.visit[data-visit="' + number + '"]');
    var nodeId = row ? row.getAttribute('data-node-id') : null;
    select(function (el) { return el.getAttribute('data-visit') === String(number); },
      'Visit #' + number + (nodeId ? ' \u00b7 ' + nodeId : ''), nodeId);
    if (nodeId && window.sfnGraph) { window.sfnGraph.focus(nodeId); }
  }

  if (svg) {
    svg.addEventListener('click', function (e) {
      var g = e.target.closest ? e.target.closest('g.state') : null;
      if (g) { selectNode(g.getAttribute('data-node-id')); }
    });
    svg.addEventListener('keydown', function (e) {
      var g = e.target.closest ? e.target.closest('g.state') : null;
      if (g && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        selectNode(g.getAttribute('data-node-id'));
      }
    });
  }
  for (var i = 0; i < rows.length; i++) {
    rows[i].addEventListener('click', function () { selectVisit(this.getAttribute('data-visit')); });
  }

  /* a failed execution opens on the visit that failed */
  var failedRows = document.querySelectorAll('#visits tr.visit.error');
  if (failedRows.length > 0) {
    var last = failedRows[failedRows.length - 1].getAttribute('data-visit');
    var row = document.querySelector('#visits tr.visit[data-visit="' + last + '"]');
    var nodeId = row.getAttribute('data-node-id');
    select(function (el) { return el.getAttribute('data-visit') === last; },
      'Visit #' + last + ' \u00b7 ' + nodeId, nodeId);
  }
  window.sfnTrace = {selectNode: selectNode, selectVisit: selectVisit};
})();

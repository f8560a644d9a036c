/* sfn-testkit report: zoom, pan and search over the state machine graph (no dependencies). */
(function () {
  'use strict';
  var viewport = document.getElementById('viewport');
  var svg = viewport ? viewport.querySelector('svg.sfn-graph') : null;
  if (!svg) { return; }
  var baseW = parseFloat(svg.getAttribute('width'));
  var baseH = parseFloat(svg.getAttribute('height'));
  var scale = 1;
  var label = document.getElementById('zoom-level');

  function setScale(s, cx, cy) {
    s = Math.max(0.15, Math.min(3, s));
    var rect = viewport.getBoundingClientRect();
    if (cx === undefined) { cx = rect.width / 2; cy = rect.height / 2; }
    var gx = (viewport.scrollLeft + cx) / scale;
    var gy = (viewport.scrollTop + cy) / scale;
    scale = s;
    svg.setAttribute('width', String(Math.round(baseW * s)));
    svg.setAttribute('height', String(Math.round(baseH * s)));
    viewport.scrollLeft = gx * s - cx;
    viewport.scrollTop = gy * s - cy;
    if (label) { label.textContent = Math.round(s * 100) + '%'; }
    svg.setAttribute('data-scale', s.toFixed(3));
  }

  function fit() {
    var w = viewport.clientWidth - 16;
    var h = Math.max(viewport.clientHeight, 240) - 16;
    setScale(Math.min(1, w / baseW, Math.max(h / baseH, 0.6 * w / baseW)));
  }

  function byId(nodeId) {
    var all = svg.querySelectorAll('g.state');
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute('data-node-id') === nodeId) { return all[i]; }
    }
    return null;
  }

  function focus(nodeId) {
    var g = byId(nodeId);
    if (!g) { return false; }
    var box = g.getBBox();
    var m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute('transform') || '');
    var x = (m ? parseFloat(m[1]) : 0) + box.width / 2;
    var y = (m ? parseFloat(m[2]) : 0) + box.height / 2;
    viewport.scrollLeft = x * scale - viewport.clientWidth / 2;
    viewport.scrollTop = y * scale - viewport.clientHeight / 2;
    var r = viewport.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) { viewport.scrollIntoView({block: 'nearest'}); }
    g.classList.remove('flash');
    void g.getBoundingClientRect();
    g.classList.add('flash');
    return true;
  }

  function on(id, event, fn) {
    var el = document.getElementById(id);
    if (el) { el.addEventListener(event, fn); }
  }
  on('zoom-in', 'click', function () { setScale(scale * 1.25); });
  on('zoom-out', 'click', function () { setScale(scale / 1.25); });
  on('zoom-fit', 'click', fit);
  on('zoom-reset', 'click', function () { setScale(1); });

  viewport.addEventListener('wheel', function (e) {
    if (!e.ctrlKey && !e.metaKey) { return; }
    e.preventDefault();
    var r = viewport.getBoundingClientRect();
    setScale(scale * (e.deltaY < 0 ? 1.1 : 1 / 1.1), e.clientX - r.left, e.clientY - r.top);
  }, {passive: false});

  var drag = null;
  viewport.addEventListener('mousedown', function (e) {
    if (e.button !== 0 || (e.target.closest && e.target.closest('g.state'))) { return; }
    drag = {x: e.clientX, y: e.clientY, l: viewport.scrollLeft, t: viewport.scrollTop};
    viewport.classList.add('dragging');
  });
  window.addEventListener('mousemove', function (e) {
    if (!drag) { return; }
    viewport.scrollLeft = drag.l - (e.clientX - drag.x);
    viewport.scrollTop = drag.t - (e.clientY - drag.y);
  });
  window.addEventListener('mouseup', function () {
    drag = null;
    viewport.classList.remove('dragging');
  });

  var search = document.getElementById('graph-search');
  if (search) {
    search.addEventListener('keydown', function (e) {
      if (e.key !== 'Enter') { return; }
      var q = search.value.trim().toLowerCase();
      if (!q) { return; }
      var all = svg.querySelectorAll('g.state');
      for (var i = 0; i < all.length; i++) {
        var id = all[i].getAttribute('data-node-id');
        if (id.toLowerCase().indexOf(q) >= 0) {
          focus(id);
          search.classList.remove('not-found');
          return;
        }
      }
      search.classList.add('not-found');
    });
  }

  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('[data-focus]') : null;
    if (link) {
      e.preventDefault();
      focus(link.getAttribute('data-focus'));
    }
  });

  window.sfnGraph = {focus: focus, byId: byId, setScale: setScale, fit: fit,
    scale: function () { return scale; }};
  fit();
})();

/* global window, document, uPlot */
// The dashboard page: draws what data.js holds (shaped and tested in src/operate/dashboard/data.ts).
// A classic script, not a module: Chromium refuses module scripts from file://.
(function () {
  'use strict';
  var data = window.RELEASE_GATE_DASHBOARD;
  var COLORS = ['#1f6feb', '#fb8500', '#2da44e', '#cf222e', '#8250df', '#9a6700', '#0598bc', '#bf3989'];
  var VERDICT = { worse: '▲ worse than the baseline', better: '▼ better than the baseline', steady: '→ steady', 'too-few-runs': '· too few runs to judge' };

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function ms(v) { return v === null || v === undefined ? '—' : Math.round(v) + ' ms'; }
  function pct(v, digits) { return v === null || v === undefined ? '—' : v.toFixed(digits) + '%'; }
  function share(r) { return r.ratio === null ? 'no runs' : pct(r.ratio * 100, 1) + ' (' + r.passed + '/' + r.runs + ')'; }
  function when(iso) { return iso.slice(0, 16).replace('T', ' ') + ' UTC'; }

  function figure(panel, color, label, value, detail, verdict) {
    var li = el('li', { 'data-label': label, 'data-value': value });
    var swatch = el('span', { class: 'swatch' });
    swatch.style.background = color;
    li.appendChild(swatch);
    li.appendChild(el('span', { class: 'label' }, label + ': '));
    li.appendChild(el('strong', { class: 'value' }, value));
    if (detail) li.appendChild(el('span', { class: 'detail' }, ' ' + detail));
    if (verdict) li.appendChild(el('span', { class: 'verdict ' + verdict }, ' ' + VERDICT[verdict]));
    panel.querySelector('.figures').appendChild(li);
  }

  function chart(panel, aligned, labels, unit, range) {
    var target = panel.querySelector('.chart');
    if (!aligned.times.length) {
      target.appendChild(el('p', { class: 'empty' }, 'No runs with this figure in the history yet.'));
      return;
    }
    var series = [{}].concat(labels.map(function (label, i) {
      return { label: label, stroke: COLORS[i % COLORS.length], width: 2, spanGaps: true, points: { size: 5 }, value: function (u, v) { return v === null ? '—' : (Math.round(v * 100) / 100) + ' ' + unit; } };
    }));
    var opts = {
      width: Math.max(320, target.clientWidth || 520), height: 220, series: series, legend: { show: false },
      scales: { x: { time: true }, y: range ? { range: range } : { auto: true } },
      axes: [{}, { label: unit, size: 60 }],
    };
    panel.uplot = new uPlot(opts, [aligned.times].concat(aligned.values), target);
  }

  function renderLatency(id, part, valueOf, verdictOf, unit) {
    var panel = document.getElementById(id);
    var legend = data[part].legend;
    if (!legend.length) panel.querySelector('.figures').appendChild(el('li', { class: 'empty' }, 'No latency runs yet.'));
    legend.forEach(function (l, i) {
      var v = valueOf(l);
      figure(panel, COLORS[i % COLORS.length], l.label, v.text, v.detail, verdictOf(l));
    });
    chart(panel, data[part], legend.map(function (l) { return l.label; }), unit);
  }

  function renderRatios(id, part) {
    var panel = document.getElementById(id);
    var legend = data[part].legend;
    if (!legend.length) panel.querySelector('.figures').appendChild(el('li', { class: 'empty' }, 'No runs of this kind yet.'));
    legend.forEach(function (l, i) {
      figure(panel, COLORS[i % COLORS.length], l.label, share(l.days7), 'over 7 days; ' + share(l.days30) + ' over 30 days' + (l.note ? '; ' + l.note : ''));
    });
    chart(panel, data[part], legend.map(function (l) { return l.label; }), '%', [0, 100]);
  }

  function renderRuns() {
    var table = document.getElementById('runs');
    var names = [];
    data.lastRuns.forEach(function (r) { r.endpoints.forEach(function (e) { if (names.indexOf(e.name) < 0) names.push(e.name); }); });
    var head = el('tr');
    ['Time', 'Kind', 'Environment', 'Status', 'Checks'].concat(names.map(function (n) { return 'p95 ' + n + ' (ms)'; })).concat(['Run']).forEach(function (h) { head.appendChild(el('th', {}, h)); });
    table.appendChild(head);
    data.lastRuns.forEach(function (r) {
      var tr = el('tr', { 'data-time': r.time });
      tr.appendChild(el('td', {}, when(r.time)));
      tr.appendChild(el('td', {}, r.kind));
      tr.appendChild(el('td', {}, r.environment));
      tr.appendChild(el('td', { class: 'status-' + r.status }, r.status));
      tr.appendChild(el('td', {}, r.checks.map(function (c) { return c.check + ' ' + c.status; }).join(', ')));
      names.forEach(function (n) {
        var e = r.endpoints.filter(function (x) { return x.name === n; })[0];
        tr.appendChild(el('td', { class: 'num', 'data-endpoint': n }, e && e.p95Ms !== null ? Math.round(e.p95Ms) : '—'));
      });
      var cell = el('td');
      if (r.runUrl && /^https?:\/\//.test(r.runUrl)) cell.appendChild(el('a', { href: r.runUrl }, 'workflow run'));
      else cell.textContent = '—';
      tr.appendChild(cell);
      table.appendChild(tr);
    });
    if (!data.lastRuns.length) table.appendChild(el('tr', {}, 'No runs yet.'));
  }

  function renderChecklist() {
    var panel = document.getElementById('panel-checklist');
    var list = data.checklist;
    if (!list) {
      panel.querySelector('.verdict').textContent = 'Not computed for this build.';
      return;
    }
    panel.querySelector('.verdict').textContent = list.ready
      ? 'Every item passed.'
      : 'Not ready: ' + list.counts.failed + ' failed, ' + list.counts['not checked'] + ' not checked, ' + list.counts.passed + ' passed. An item not checked is not a pass.';
    var table = document.getElementById('checklist');
    var head = el('tr');
    ['Item', 'Means', 'Status', 'Evidence', 'Date'].forEach(function (h) { head.appendChild(el('th', {}, h)); });
    table.appendChild(head);
    list.items.forEach(function (item) {
      var tr = el('tr', { 'data-item': item.id });
      tr.appendChild(el('td', {}, item.name));
      tr.appendChild(el('td', {}, item.criterion));
      tr.appendChild(el('td', { class: 'status-' + item.status.replace(' ', '-') }, item.status));
      tr.appendChild(el('td', {}, item.evidence));
      tr.appendChild(el('td', {}, item.date ? item.date.slice(0, 10) : '—'));
      table.appendChild(tr);
    });
  }

  document.getElementById('title').textContent = data.title;
  document.title = data.title;
  document.getElementById('meta').textContent = data.runs + ' runs from ' + data.source + '; generated ' + when(data.generatedAt) + '.';
  renderLatency('panel-p95', 'p95', function (l) {
    return { text: ms(l.latestP95Ms), detail: '(baseline ' + ms(l.baselineP95Ms) + (l.thresholdP95Ms !== null ? ', threshold ' + ms(l.thresholdP95Ms) : '') + ')' };
  }, function (l) { return l.p95Verdict; }, 'ms');
  renderLatency('panel-error-rate', 'errorRate', function (l) {
    return { text: pct(l.latestErrorRate === null ? null : l.latestErrorRate * 100, 2), detail: '' };
  }, function (l) { return l.errorRateVerdict; }, '%');
  renderRatios('panel-deploys', 'deploys');
  renderRatios('panel-uptime', 'uptime');
  var certs = document.getElementById('panel-certificates');
  if (!data.certificates.legend.length) certs.querySelector('.figures').appendChild(el('li', { class: 'empty' }, 'No certificate checked yet.'));
  data.certificates.legend.forEach(function (c, i) {
    figure(certs, COLORS[i % COLORS.length], c.label, c.daysLeft === null ? '—' : c.daysLeft + ' days', 'left at the last check');
  });
  chart(certs, data.certificates, data.certificates.legend.map(function (c) { return c.label; }), 'days');
  renderRuns();
  renderChecklist();
  document.body.setAttribute('data-rendered', 'true');
})();

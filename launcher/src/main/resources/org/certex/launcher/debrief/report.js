// Draws the debrief's charts from the embedded JSON. Every text from the run (team notes, alert
// texts, ids) is set with textContent or drawn by ECharts on a canvas (tooltips in richText mode),
// never parsed as HTML.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('debrief-data').textContent);
  var tip = { renderMode: 'richText', confine: true };
  var charts = [];

  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el || typeof echarts === 'undefined') { return null; }
    var c = echarts.init(el, null, { renderer: 'canvas' });
    option.tooltip = Object.assign({}, tip, option.tooltip || {});
    option.animation = false;
    c.setOption(option);
    charts.push(c);
    return c;
  }
  function empty(id, text) {
    var el = document.getElementById(id);
    if (el) { el.style.height = 'auto'; el.textContent = text; }
  }
  function seconds(v) { return v == null ? null : v; }

  function alertsOption(series) {
    var labels = series.labels.filter(function (l) {
      return series.alertsOverTime.some(function (row) { return row[l] > 0; });
    });
    return {
      legend: { top: 0 },
      grid: { top: 40, left: 50, right: 20, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: 'alerts' },
      series: labels.map(function (l) {
        return { name: l, type: 'bar', stack: 'all',
          data: series.alertsOverTime.map(function (row) { return [row.t, row[l]]; }) };
      })
    };
  }

  function drawAlerts() {
    var choices = [];
    if (data.alertsOverTime) { choices.push({ name: data.audience === 'evaluators' ? 'whole run (first copy of each alert)' : data.audience, series: data.alertsOverTime }); }
    (data.alertsPerCert || []).forEach(function (c) {
      if (data.audience === 'evaluators') { choices.push({ name: 'delivered to ' + c.cert, series: c.series }); }
    });
    if (!choices.length || !choices[0].series.alertsOverTime.length) { empty('chart-alerts', 'No alert was delivered.'); return; }
    var select = document.getElementById('alerts-of');
    choices.forEach(function (c, i) {
      var o = document.createElement('option'); o.value = String(i); o.textContent = c.name; select.appendChild(o);
    });
    var c = chart('chart-alerts', alertsOption(choices[0].series));
    select.addEventListener('change', function () {
      c.setOption(alertsOption(choices[Number(select.value)].series), true);
    });
  }

  function drawResponses() {
    var teams = data.responseTimes || [];
    if (!teams.length) { empty('chart-responses', 'No team received an inject alert.'); return; }
    var measures = [['timeToAcknowledge', 'acknowledge'], ['timeToNotify', 'notify'], ['timeToShare', 'share']];
    chart('chart-responses', {
      legend: { top: 0 }, grid: { top: 40, left: 60, right: 20, bottom: 80 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: teams.map(function (t) { return t.team; }), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: 'median s' },
      series: measures.map(function (m) {
        return { name: m[1], type: 'bar', data: teams.map(function (t) { return seconds(t[m[0]].medianSeconds); }) };
      })
    });
  }

  function drawClocks() {
    var n = data.nis2;
    var total = n ? n.met + n.late + n.missed + n.open : 0;
    if (!total) { empty('chart-nis2', 'No NIS2 reporting clock ran.'); return; }
    chart('chart-nis2', {
      legend: { top: 0 }, tooltip: { trigger: 'item' },
      color: ['#3a9d5d', '#e0b83a', '#d0463b', '#8894a5'],
      series: [{ type: 'pie', radius: ['35%', '65%'], data: [
        { name: 'met', value: n.met }, { name: 'late', value: n.late },
        { name: 'missed', value: n.missed }, { name: 'open', value: n.open }] }]
    });
  }

  function drawObjectives() {
    var rows = data.objectives;
    if (!rows) { return; }
    if (!rows.length) { empty('chart-objectives', 'The MSEL names no objective.'); return; }
    var states = [['met', '#3a9d5d'], ['late', '#e0b83a'], ['missed', '#d0463b'], ['open', '#8894a5']];
    chart('chart-objectives', {
      legend: { top: 0 }, grid: { top: 40, left: 260, right: 30, bottom: 30 },
      tooltip: { trigger: 'axis' },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return '[' + r.rating + '] ' + r.objective; }),
        axisLabel: { width: 240, overflow: 'truncate' } },
      xAxis: { type: 'value', name: 'expectations', minInterval: 1 },
      series: states.map(function (s) {
        return { name: s[0], type: 'bar', stack: 'e', color: s[1], data: rows.map(function (r) { return r[s[0]]; }) };
      })
    });
  }

  function drawRefusals() {
    var rows = data.refusals || [];
    if (!rows.length) { empty('chart-refusals', 'The sharing policy refused no share attempt.'); return; }
    chart('chart-refusals', {
      grid: { top: 20, left: 220, right: 30, bottom: 30 }, tooltip: { trigger: 'axis' },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.reason; }), axisLabel: { width: 200, overflow: 'truncate' } },
      xAxis: { type: 'value', name: 'refused targets', minInterval: 1 },
      series: [{ type: 'bar', color: '#d0463b', data: rows.map(function (r) { return r.count; }) }]
    });
  }

  function drawFlows() {
    var flows = data.flows || [];
    if (!flows.length) { empty('chart-flows', 'No alert went from one organisation to another.'); return; }
    var hops = {};
    (data.hops || []).forEach(function (h) { hops[h.from + '\u0000' + h.to] = h; });
    var edges = {}, nodes = {};
    flows.forEach(function (f) {
      var key = f.from + '\u0000' + f.to;
      var e = edges[key] || (edges[key] = { source: f.from, target: f.to, count: 0, refused: 0 });
      e.count += f.count; e.refused += f.refused;
      nodes[f.from] = (nodes[f.from] || 0) + f.count; nodes[f.to] = (nodes[f.to] || 0) + f.count;
    });
    var max = Math.max.apply(null, Object.keys(edges).map(function (k) { return edges[k].count; }).concat([1]));
    chart('chart-flows', {
      tooltip: { trigger: 'item' },
      series: [{ type: 'graph', layout: 'circular', roam: true, edgeSymbol: ['none', 'arrow'],
        label: { show: true, position: 'right' },
        data: Object.keys(nodes).map(function (n) { return { name: n, value: nodes[n], symbolSize: 12 + Math.min(30, Math.sqrt(nodes[n]) * 2) }; }),
        links: Object.keys(edges).map(function (k) {
          var e = edges[k], h = hops[k];
          var text = e.count + ' delivered' + (e.refused ? ', ' + e.refused + ' refused' : '') +
            (h && h.meanSeconds != null ? ', shared in ' + h.meanSeconds + ' s (mean)' : '');
          return { source: e.source, target: e.target, value: text,
            label: { show: !!(h && h.meanSeconds != null), formatter: h && h.meanSeconds != null ? h.meanSeconds + ' s' : '' },
            lineStyle: { width: 1 + 5 * e.count / max, color: e.refused && !e.count ? '#d0463b' : '#5b7fa3', curveness: 0.15 } };
        }) }]
    });
  }

  function drawTimeline() {
    var rows = data.timeline || [];
    if (!rows.length) { empty('chart-timeline', 'Nothing happened on the timeline.'); return; }
    var lanes = [];
    rows.forEach(function (r) { var lane = r.kind === 'inject' ? 'injects' : r.who || '?'; if (lanes.indexOf(lane) < 0) { lanes.push(lane); } });
    var kinds = [];
    rows.forEach(function (r) { if (kinds.indexOf(r.kind) < 0) { kinds.push(r.kind); } });
    chart('chart-timeline', {
      legend: { top: 0, type: 'scroll' }, grid: { top: 40, left: 120, right: 30, bottom: 40 },
      tooltip: { trigger: 'item', formatter: function (p) { return p.data[3]; } },
      xAxis: { type: 'time' }, yAxis: { type: 'category', data: lanes },
      series: kinds.map(function (k) {
        return { name: k, type: 'scatter', symbolSize: k === 'inject' ? 14 : 9,
          data: rows.filter(function (r) { return r.kind === k; }).map(function (r) {
            var lane = r.kind === 'inject' ? 'injects' : r.who || '?';
            return [r.at, lane, r.kind, String(r.at).replace('T', ' ').replace('Z', '') + '  ' + (r.who || '') + ': ' + (r.what || r.kind)];
          }) };
      })
    });
  }

  [drawAlerts, drawResponses, drawClocks, drawObjectives, drawRefusals, drawFlows, drawTimeline].forEach(function (draw) {
    try { draw(); } catch (e) { if (window.console) { console.error(e); } }
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();

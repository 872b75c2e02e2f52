// Rank intervals of the uncertainty analysis: each subject's median rank with its 5–95% range.
(function () {
  const el = document.getElementById('intervals');
  const data = id => { const el = document.getElementById(id); return el ? JSON.parse(el.textContent) : null; };
  const rows = (data('evaluation-data') || []).filter(r => r.medianRank !== null);
  if (!el || !window.echarts) { return; }
  const names = rows.map(r => r.name);
  const esc = t => String(t).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const chart = echarts.init(el);
  chart.setOption({
    animation: false,
    title: { text: el.dataset.title, left: 'center', textStyle: { fontSize: 14 } },
    // tooltips without the default colour markers and confined (no arrow): both carry inline styles the CSP refuses
    tooltip: { trigger: 'item', confine: true, formatter: p => p.seriesType === 'custom'
      ? `${esc(names[p.value[0]])}<br>${esc(el.dataset.range)}: ${p.value[1]}–${p.value[2]}`
      : `${esc(p.value[1])}<br>${esc(el.dataset.median)}: ${p.value[0]}` },
    grid: { left: 150, right: 30, top: 40, bottom: 40 },
    xAxis: { type: 'value', inverse: false, min: 1, name: el.dataset.median, nameLocation: 'middle', nameGap: 25 },
    yAxis: { type: 'category', data: names, inverse: true },
    series: [
      { type: 'custom', name: el.dataset.range,
        renderItem: (params, api) => {
          const y = api.coord([0, api.value(0)])[1];
          const x1 = api.coord([api.value(1), 0])[0];
          const x2 = api.coord([api.value(2), 0])[0];
          return { type: 'line', shape: { x1: x1, y1: y, x2: x2, y2: y }, style: { stroke: '#3b6fb6', lineWidth: 4 } };
        },
        encode: { y: 0, x: [1, 2] },
        data: rows.map((r, i) => [i, r.p5, r.p95]) },
      { type: 'scatter', name: el.dataset.median, symbolSize: 12, itemStyle: { color: '#b3261e' },
        data: rows.map(r => [r.medianRank, r.name]) }
    ]
  });
  el.dataset.ready = 'true';
  window.addEventListener('resize', () => chart.resize());
})();

// Bar chart of the prefectures for one indicator and period, best first; tied ranks are written
// "=2" on the axis and in the tooltip. Regions without a value are listed under the chart.
(function () {
  const el = document.getElementById('ranking-chart');
  const json = id => { const el = document.getElementById(id); return el ? JSON.parse(el.textContent) : null; };
  const m = json('map-data');
  if (!el || !m || !window.echarts) { return; }
  const ranked = m.regions.filter(r => r.rank !== null).sort((a, b) => a.rank - b.rank);
  const label = r => `${r.tied ? '=' : ''}${r.rank}  ${r.name}`;
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 64, top: 16, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', confine: true, formatter: p => `${p.name}<br>${p.value} ${el.dataset.unit}` + (ranked[p.dataIndex].tied ? ` (${el.dataset.tie})` : '') },
    xAxis: { type: 'value', name: el.dataset.unit },
    yAxis: { type: 'category', inverse: true, data: ranked.map(label) },
    series: [{ type: 'bar', data: ranked.map(r => ({ value: r.value, itemStyle: { color: r.tied ? '#e6a23c' : '#3b6fb6' } })),
      label: { show: true, position: 'right' } }]
  });
  el.dataset.bars = String(ranked.length);
  window.addEventListener('resize', () => chart.resize());
  el.dataset.ready = 'true';
})();

// Bar chart of the prefectures by verdict score (0–100), best first; tied ranks are written "=2"
// on the axis and in the tooltip, with how many verdicts the score rests on.
(function () {
  const el = document.getElementById('score-chart');
  const data = document.getElementById('score-data');
  const rows = data ? JSON.parse(data.textContent) : null;
  if (!el || !rows || !window.echarts) { return; }
  const label = r => `${r.tied ? '=' : ''}${r.rank}  ${r.name}`;
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 48, top: 16, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', confine: true,
      formatter: p => `${p.name}<br>${el.dataset.score}: ${rows[p.dataIndex].score}` +
        (rows[p.dataIndex].tied ? ` (${el.dataset.tie})` : '') + `<br>${el.dataset.counted}: ${rows[p.dataIndex].counted}` },
    xAxis: { type: 'value', min: 0, max: 100, name: el.dataset.score },
    yAxis: { type: 'category', inverse: true, data: rows.map(label) },
    series: [{ type: 'bar', data: rows.map(r => ({ value: r.score, itemStyle: { color: r.tied ? '#e6a23c' : '#3b6fb6' } })),
      label: { show: true, position: 'right' } }]
  });
  el.dataset.bars = String(rows.length);
  window.addEventListener('resize', () => chart.resize());
  el.dataset.ready = 'true';
})();

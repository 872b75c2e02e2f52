// An indicator's trajectory chart from /api/v1/indicators/{code}/series: observed values, the
// plan's trajectory (dashed), the target line, the trend projection with its 95% band, and the
// series breaks as vertical lines. The table under the chart shows the same rows.
(function () {
  const el = document.getElementById('series-chart');
  if (!el || !window.echarts) { return; }
  const ds = el.dataset;
  const esc = t => String(t).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  fetch(ds.url).then(r => r.json()).then(s => {
    const marks = [];
    if (s.target && s.target.endValue !== null) {
      marks.push({ yAxis: s.target.endValue, name: ds.target, label: { formatter: `${ds.target} ${s.target.endValue}` } });
    }
    (s.breaks || []).forEach(b => marks.push({ xAxis: String(b), name: ds.break, label: { formatter: ds.break } }));
    const years = s.rows.map(r => String(r.year));
    // one observed line per comparable segment: values across a series break are not joined
    const cuts = (s.breaks || []).slice().sort();
    const segment = y => cuts.filter(b => y >= b).length;
    const segments = [...new Set(s.rows.map(r => segment(r.year)))];
    const observed = segments.map((k, i) => ({ name: ds.observed, type: 'line', connectNulls: true, symbolSize: 7,
      color: '#3b6fb6', lineStyle: { width: 3 }, data: s.rows.map(r => segment(r.year) === k && r.observed !== null ? r.observed : '-'),
      markLine: i === 0 ? { symbol: 'none', lineStyle: { color: '#b3261e' }, data: marks } : undefined }));
    const col = k => s.rows.map(r => r[k] === null ? '-' : r[k]);
    const band = s.rows.map(r => r.low === null || r.high === null ? '-' : +(r.high - r.low).toFixed(4));
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      legend: { top: 0 },
      grid: { left: 8, right: 72, top: 40, bottom: 24, containLabel: true },
      // tooltips without the default colour markers and confined (no arrow): both carry inline styles the CSP refuses
      tooltip: { trigger: 'axis', confine: true, formatter: ps => [esc(ps[0].axisValue)].concat(ps
        .filter(p => p.value !== '-' && p.value !== null && p.value !== undefined)
        .map(p => `${esc(p.seriesName)}: ${p.value}`)).join('<br>') },
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value', name: s.unit, scale: true },
      series: [
        { name: ds.band, type: 'line', color: '#90a4ae', data: col('low'), stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
        { name: ds.band, type: 'line', data: band, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
          areaStyle: { color: 'rgba(120,144,156,0.25)' }, tooltip: { show: false } },
        ...observed,
        { name: ds.trajectory, type: 'line', data: col('trajectory'), connectNulls: true, color: '#b3261e', symbolSize: 4,
          lineStyle: { type: 'dashed' } },
        { name: ds.projected, type: 'line', data: col('projected'), connectNulls: true, color: '#546e7a', symbol: 'none',
          lineStyle: { type: 'dotted', width: 2 } }
      ]
    });
    el.dataset.rows = String(s.rows.length);
    window.addEventListener('resize', () => chart.resize());
    el.dataset.ready = 'true';
  });
})();

// Draws the parks on the prefecture map of Hunan (boundaries from the API), each park a point at
// its location coloured by its latest 五好 score; clicking a point opens the park's page.
(function () {
  const el = document.getElementById('park-map');
  if (!el || !window.echarts) { return; }
  const source = document.getElementById('park-data');
  const parks = source ? JSON.parse(source.textContent) : [];
  fetch('/api/v1/regions/boundaries')
    .then(r => r.json())
    .then(geo => {
      echarts.registerMap('hunan', geo);
      const points = parks.filter(p => p.lon !== null && p.lat !== null)
        .map(p => ({ name: p.name, code: p.code, value: [p.lon, p.lat, p.value === null ? NaN : Number(p.value.toFixed(1))] }));
      const scores = points.map(p => p.value[2]).filter(v => !isNaN(v));
      const chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        title: { text: el.dataset.title, left: 'center', textStyle: { fontSize: 14 } },
        tooltip: {
          trigger: 'item', confine: true,
          formatter: p => p.seriesType === 'scatter' ? `${p.name}<br>${el.dataset.score}: ${isNaN(p.value[2]) ? '—' : p.value[2]}` : p.name
        },
        geo: { map: 'hunan', roam: false, itemStyle: { areaColor: '#f4f6f8', borderColor: '#90a4ae' }, label: { show: false } },
        visualMap: {
          dimension: 2, min: scores.length ? Math.floor(Math.min(...scores)) : 60, max: scores.length ? Math.ceil(Math.max(...scores)) : 100,
          left: 8, bottom: 8, calculable: true, text: [el.dataset.score, ''],
          inRange: { color: ['#d73027', '#fee08b', '#1a9850'] }
        },
        series: [{ type: 'scatter', coordinateSystem: 'geo', symbolSize: 14, data: points }]
      });
      chart.on('click', p => { if (p.data && p.data.code) { window.location.href = '/parks/' + encodeURIComponent(p.data.code); } });
      window.addEventListener('resize', () => chart.resize());
      el.dataset.points = String(points.length);
      el.dataset.ready = 'true';
    });
})();

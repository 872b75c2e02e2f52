// Draws the prefecture map of Hunan: boundaries from the API, coloured by the latest resident
// population; labels in the page's language. Clicking a prefecture highlights its table row.
(function () {
  const el = document.getElementById('map');
  if (!el || !window.echarts) { return; }
  const json = id => { const el = document.getElementById(id); return el ? JSON.parse(el.textContent) : null; };
  const values = json('population-data') || {};
  const names = json('region-names') || {};
  fetch('/api/v1/regions/boundaries')
    .then(r => r.json())
    .then(geo => {
      echarts.registerMap('hunan', geo);
      const nameMap = {};
      const data = geo.features.map(f => {
        const code = String(f.id);
        const zh = f.properties.name;
        if (names[code]) { nameMap[zh] = names[code]; }
        const o = values[code];
        return { name: names[code] || zh, code: code, value: o ? Number(o.value) : null, period: o ? o.period : null };
      });
      const numbers = data.map(d => d.value).filter(v => v !== null);
      const chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        title: { text: el.dataset.title, left: 'center', textStyle: { fontSize: 14 } },
        tooltip: {
          trigger: 'item',
          confine: true, // no arrow: its inline style would break the CSP
          formatter: p => p.data && p.data.value !== null && !isNaN(p.data.value)
            ? `${p.name}<br>${p.data.value} ${el.dataset.unit} (${p.data.period})`
            : `${p.name}<br>${el.dataset.nodata}`
        },
        visualMap: {
          min: numbers.length ? Math.min(...numbers) : 0,
          max: numbers.length ? Math.max(...numbers) : 1,
          left: 8, bottom: 8, calculable: true, text: [el.dataset.unit, ''],
          inRange: { color: ['#e0ecf4', '#3b6fb6'] }
        },
        series: [{
          type: 'map', map: 'hunan', nameMap: nameMap, roam: false,
          label: { show: true, fontSize: 10 },
          data: data
        }]
      });
      el.dataset.regions = String(geo.features.length);
      chart.on('click', p => {
        const row = p.data && document.querySelector(`#prefectures tr[data-code="${p.data.code}"]`);
        if (row) { row.scrollIntoView({ block: 'center' }); row.classList.add('picked'); }
      });
      window.addEventListener('resize', () => chart.resize());
      el.dataset.ready = 'true';
    });
})();

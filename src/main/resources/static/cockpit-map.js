// The cockpit map: the 14 prefectures coloured by an indicator's values (continuous scale with
// its unit) or by verdict (colour plus the verdict's words in the tooltip and legend); members of
// the chosen region group are outlined; hover shows value, rank and verdict; click opens the region.
// A verdict's colour is its badge's background in the style sheet (.v-lagging…), the one place
// the colours are defined, read from the legend's badges.
(function () {
  const el = document.getElementById('map');
  const json = id => { const el = document.getElementById(id); return el ? JSON.parse(el.textContent) : null; };
  const m = json('map-data');
  if (!el || !m || !window.echarts) { return; }
  const badge = cls => {
    const probe = document.createElement('span');
    probe.className = 'badge v-' + cls;
    probe.hidden = true;
    document.body.appendChild(probe);
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  };
  const colours = {};
  const colourOf = cls => { if (!(cls in colours)) { colours[cls] = badge(cls); } return colours[cls]; };
  const ds = el.dataset;
  const byCode = {};
  m.regions.forEach(r => { byCode[r.code] = r; });
  const group = (m.groups || []).find(g => g.code === m.group);
  const members = new Set(group ? group.members : []);
  const ranked = m.regions.filter(r => r.rank !== null).length;
  fetch('/api/v1/regions/boundaries').then(r => r.json()).then(geo => {
    echarts.registerMap('hunan', geo);
    const nameMap = {};
    const data = geo.features.map(f => {
      const code = String(f.id);
      const r = byCode[code] || { code: code, name: f.properties.name, value: null, rank: null };
      nameMap[f.properties.name] = r.name;
      const item = { name: r.name, code: code, value: r.value === null ? NaN : r.value, r: r };
      const style = {};
      if (ds.by === 'verdict') { style.areaColor = r.verdict ? colourOf(r.verdict) : '#f4f4f4'; item.verdict = r.verdict || null; }
      if (members.has(code)) { style.borderColor = '#111'; style.borderWidth = 3; }
      item.itemStyle = style;
      return item;
    });
    const numbers = m.regions.map(r => r.value).filter(v => v !== null);
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    const option = {
      animation: false,
      title: { text: ds.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', confine: true, formatter: p => tooltip(p.data && p.data.r, p.name) },
      series: [{ type: 'map', map: 'hunan', nameMap: nameMap, roam: false, label: { show: true, fontSize: 10 },
        itemStyle: { areaColor: '#f4f4f4', borderColor: '#888' }, data: data }]
    };
    if (ds.by !== 'verdict' && numbers.length) {
      const narrow = el.clientWidth < 500;
      option.visualMap = { min: Math.min(...numbers), max: Math.max(...numbers), left: narrow ? 'center' : 8, bottom: 8,
        orient: narrow ? 'horizontal' : 'vertical', itemHeight: narrow ? 100 : 140,
        calculable: true, text: [String(Math.max(...numbers)) + ' ' + ds.unit, String(Math.min(...numbers)) + ' ' + ds.unit],
        inRange: { color: ['#e0ecf4', '#3b6fb6'] }, outOfRange: { color: '#f4f4f4' } };
    }
    chart.setOption(option);
    el.dataset.regions = String(geo.features.length);
    chart.on('click', p => { if (p.data && p.data.code) { window.location.href = '/regions/' + p.data.code; } });
    window.addEventListener('resize', () => chart.resize());
    el.dataset.ready = 'true';
  });
  function tooltip(r, name) {
    if (!r) { return name; }
    const value = r.value === null ? ds.nodata : `${r.value} ${ds.unit}`;
    const rank = r.rank === null ? '—' : `${r.tied ? '=' : ''}${r.rank} / ${ranked}${r.tied ? ' (' + ds.tie + ')' : ''}`;
    const verdict = r.verdictLabel || ds.noverdict;
    const basis = r.basis ? ` (${r.basis})` : '';
    return `<strong>${r.name}</strong><br>${value}<br>${ds.rank}: ${rank}<br>${ds.verdict}: ${verdict}${basis}`;
  }
})();

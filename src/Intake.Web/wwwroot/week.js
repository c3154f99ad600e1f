'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const svgNs = 'http://www.w3.org/2000/svg';

  function svg(tag, attributes, text) {
    const node = document.createElementNS(svgNs, tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  // One horizontal bar per township; the longest bar is the week's largest value.
  function chart(view) {
    const box = intake.el('div', null, 'chart');
    box.dataset.indicator = view.indicator;
    box.appendChild(intake.el('h3', view.name + '（' + view.unit + '）'));
    const rowHeight = 24, labelWidth = 96, barWidth = 200, valueWidth = 70;
    const width = labelWidth + barWidth + valueWidth;
    const height = view.bars.length * rowHeight + 4;
    const max = Math.max(0, ...view.bars.map((b) => b.value || 0));
    const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': view.name });
    view.bars.forEach((bar, i) => {
      const y = i * rowHeight + 2;
      root.appendChild(svg('text', { x: labelWidth - 6, y: y + 16, 'text-anchor': 'end' }, bar.name));
      const length = bar.value && max > 0 ? Math.max(1, barWidth * bar.value / max) : 0;
      const rect = svg('rect', { x: labelWidth, y: y + 3, width: length, height: rowHeight - 8, rx: 2 });
      rect.dataset.orgUnit = bar.orgUnit;
      rect.dataset.value = bar.value === null ? '' : String(bar.value);
      rect.appendChild(svg('title', {}, bar.name + '：' + intake.number(bar.value)));
      root.appendChild(rect);
      root.appendChild(svg('text', { x: labelWidth + length + 4, y: y + 16, class: 'value' }, bar.value === null ? '{{noData}}' : intake.number(bar.value)));
    });
    box.appendChild(root);
    return box;
  }

  function emptyRow(text, columns) {
    const td = intake.el('td', text, 'empty');
    td.colSpan = columns;
    return intake.row([td]);
  }

  // The month, quarter and year a week counts in: those of its Thursday (the ISO rule the rollups follow).
  function periodsOf(week) {
    const [year, number] = week.split('-W').map(Number);
    const jan4 = new Date(Date.UTC(year, 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (number - 1) * 7 * 86400000);
    const thursday = new Date(monday.getTime() + 3 * 86400000);
    const y = thursday.getUTCFullYear(), m = thursday.getUTCMonth() + 1;
    const quarter = Math.floor((m - 1) / 3) + 1;
    return [
      { code: y + '-' + String(m).padStart(2, '0'), name: intake.format('{{monthName}}', y, m) },
      { code: y + '-Q' + quarter, name: intake.format(['{{quarter1Name}}', '{{quarter2Name}}', '{{quarter3Name}}', '{{quarter4Name}}'][quarter - 1], y) },
      { code: String(y), name: intake.format('{{yearName}}', y) },
    ];
  }

  function periodLinks(week) {
    const links = [];
    for (const period of periodsOf(week)) {
      for (const [kind, text] of [['export', '{{periodExportLink}}'], ['bulletin', '{{periodBulletinLink}}']]) {
        const a = intake.el('a', period.name + text);
        a.href = '/api/periods/' + encodeURIComponent(period.code) + '/' + kind;
        a.dataset.period = period.code;
        a.dataset.kind = kind;
        links.push(a);
      }
    }
    $('period-downloads').replaceChildren(...links);
  }

  async function load() {
    const week = $('week').value;
    if (!week) return;
    intake.problem('');
    history.replaceState(null, '', '/week?week=' + encodeURIComponent(week));
    $('export').href = '/api/weeks/' + encodeURIComponent(week) + '/export';
    $('bulletin').href = '/api/weeks/' + encodeURIComponent(week) + '/bulletin';
    periodLinks(week);
    try {
      render(await intake.json('/api/weeks/' + encodeURIComponent(week)));
    } catch (error) {
      intake.problem(error.message);
    }
  }

  // The rollup, built now; the GETs of this view only read what a rollup stored.
  async function rebuild() {
    const week = $('week').value;
    $('rebuild').disabled = true;
    intake.problem('');
    try {
      render(await intake.json('/api/weeks/' + encodeURIComponent(week) + '/rollup', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }));
    } catch (error) {
      intake.problem(error.message);
    } finally {
      $('rebuild').disabled = false;
    }
  }

  function render(view) {
    $('not-built').hidden = view.built;
    for (const id of ['export', 'bulletin']) $(id).hidden = !view.built;
    $('range').textContent = intake.format('{{weekRange}}', view.weekStart, view.weekEnd);
    intake.fill($('completeness').tBodies[0], view.completeness.map((c) => {
      const mark = (state) => intake.el('td', c.state === state ? (state === 'missing' ? '✗' : '✓') : '', 'mark ' + state);
      const tr = intake.row([c.name, mark('on_time'), mark('late'), mark('missing'), c.submittedAt || '—'], c.state);
      tr.dataset.reporter = c.reporter;
      tr.dataset.state = c.state;
      return tr;
    }));
    intake.fill($('district').tBodies[0], view.district.length === 0
      ? [emptyRow('{{weekNoRollup}}', 5)]
      : view.district.map((r) => {
        const tr = intake.row([r.name, r.measureName, intake.numberCell(r.value), r.qualifier ? r.unit + '（' + r.qualifier + '）' : r.unit, intake.numberCell(r.reportCount)]);
        tr.dataset.indicator = r.indicator;
        tr.dataset.measure = r.measure;
        return tr;
      }));
    $('charts').replaceChildren(...(view.charts.length === 0 ? [intake.el('p', '{{weekNoUnitData}}', 'empty')] : view.charts.map(chart)));
    intake.fill($('reconciliation').tBodies[0], view.reconciliation.length === 0
      ? [emptyRow('{{none}}', 7)]
      : view.reconciliation.map((r) => intake.row([r.kindName, r.orgUnitName, r.indicatorName, r.measureName, intake.numberCell(r.chosen), intake.numberCell(r.other), r.message])));
  }

  function lastWeek() {
    const day = new Date(Date.now() - 7 * 86400000);
    const thursday = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 3 - ((day.getUTCDay() + 6) % 7)));
    const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
    const week = 1 + Math.round(((thursday - firstThursday) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
    return thursday.getUTCFullYear() + '-W' + String(week).padStart(2, '0');
  }

  async function start() {
    try {
      await intake.me();
    } catch (error) {
      intake.problem(error.message);
      return;
    }
    const asked = new URLSearchParams(location.search).get('week');
    $('week').value = asked && /^\d{4}-W\d{2}$/.test(asked) ? asked : lastWeek();
    $('week').addEventListener('change', load);
    $('rebuild').addEventListener('click', rebuild);
    await load();
  }

  start();
})();

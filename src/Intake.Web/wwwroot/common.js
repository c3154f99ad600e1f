'use strict';
// Shared by both views. Every text from a file or a table reaches the page through textContent, never as markup.
const intake = {
  async json(url, options) {
    const response = await fetch(url, Object.assign({ credentials: 'same-origin' }, options));
    let body = null;
    try { body = await response.json(); } catch { body = null; }
    if (!response.ok) {
      const error = new Error((body && body.error) || intake.format('{{requestFailed}}', response.status));
      error.status = response.status;
      throw error;
    }
    return body;
  },
  // Fills {0}, {1}, … of a page word with the values given.
  format(template, ...values) {
    return template.replace(/\{(\d+)\}/g, (_, i) => String(values[Number(i)]));
  },
  el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  },
  row(cells, className) {
    const tr = document.createElement('tr');
    if (className) tr.className = className;
    for (const cell of cells) {
      const td = cell instanceof Node ? cell : intake.el('td', cell);
      tr.appendChild(td);
    }
    return tr;
  },
  number(value) {
    if (value === null || value === undefined) return '—';
    return Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 4 });
  },
  numberCell(value) {
    const td = intake.el('td', intake.number(value), 'num');
    if (value !== null && value !== undefined) td.dataset.value = String(value);
    return td;
  },
  fill(tbody, rows) {
    tbody.replaceChildren(...rows);
  },
  problem(message) {
    const node = document.getElementById('problem');
    node.textContent = message || '';
    node.hidden = !message;
  },
  async me() {
    const me = await intake.json('/api/me');
    const who = document.getElementById('who');
    who.textContent = me.access === 'open' ? '{{localMode}}' : (me.name || '');
    document.getElementById('open-banner').hidden = me.access !== 'open';
    const weekLink = document.getElementById('week-link');
    if (weekLink) weekLink.hidden = !me.district;
    return me;
  },
};

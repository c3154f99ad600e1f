'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const verdicts = {
    accepted: '{{verdictAccepted}}',
    accepted_with_warnings: '{{verdictAcceptedWithWarnings}}',
    rejected: '{{verdictRejected}}',
  };
  let me = null;
  let file = null;
  let sending = false;
  let previewedPeriod = null;
  let factPage = 0;
  let issuePage = 0;

  function query() {
    const params = new URLSearchParams({ name: file.name });
    if ($('reporter').value) params.set('reporter', $('reporter').value);
    if ($('period').value.trim()) params.set('period', $('period').value.trim());
    return params.toString();
  }

  // The server parses the file again for each page: it keeps nothing of a preview.
  async function preview() {
    if (!file) return;
    intake.problem('');
    $('result').hidden = true;
    if (file.size > me.maxUploadBytes) {
      $('preview').hidden = true;
      intake.problem(intake.format('{{fileTooLarge}}', Math.floor(me.maxUploadBytes / 1048576)));
      return;
    }
    $('verdict').textContent = '{{checking}}';
    $('verdict').className = 'verdict pending';
    $('preview').hidden = false;
    try {
      const pages = '&page=' + factPage + '&issuePage=' + issuePage;
      const result = await intake.json('/api/preview?' + query() + pages, { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } });
      show(result);
    } catch (error) {
      $('preview').hidden = true;
      intake.problem(error.message);
    }
  }

  function show(result) {
    previewedPeriod = result.period;
    $('verdict').textContent = verdicts[result.status] || result.status;
    $('verdict').className = 'verdict ' + result.status;
    $('verdict').dataset.status = result.status;
    $('subject').textContent = intake.format('{{previewSubject}}', result.file, result.reporterName || '{{unrecognised}}', result.period || '{{unrecognised}}');
    intake.fill($('issues').tBodies[0], result.issues.map((i) => {
      const raw = intake.el('td', i.found, 'raw');
      return intake.row([i.severityName, i.cell || '—', i.message, raw, i.expected || ''], i.severity);
    }));
    $('issues-block').hidden = result.issues.length === 0;
    pager('issues', result.issuePage, result.issueCount, result.pageSize, '{{issuesCounted}}');
    intake.fill($('facts').tBodies[0], result.facts.map((f) => intake.row([
      f.orgUnitName, f.indicatorName, f.measureName, intake.numberCell(f.value), f.qualifier ? intake.format('{{unitWithQualifier}}', f.unit, f.qualifier) : f.unit,
      intake.el('td', f.raw, 'raw'), f.cell,
    ])));
    $('facts-block').hidden = result.facts.length === 0;
    pager('facts', result.page, result.factCount, result.pageSize, '{{factsCounted}}');
  }

  function pager(name, page, total, size, word) {
    const pages = Math.max(1, Math.ceil(total / size));
    $(name + '-pager').hidden = pages <= 1;
    $(name + '-page').textContent = intake.format('{{pageOf}}', page + 1, pages, total.toLocaleString('zh-CN'), word);
    $(name + '-prev').disabled = page <= 0;
    $(name + '-next').disabled = page + 1 >= pages;
  }

  function turn(name, step) {
    if (name === 'facts') factPage = Math.max(0, factPage + step); else issuePage = Math.max(0, issuePage + step);
    preview();
  }

  async function send() {
    if (!file || sending) return;
    sending = true;
    $('send').disabled = true;
    intake.problem('');
    try {
      let submission = await intake.json('/api/submissions?' + query(), { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } });
      $('result').hidden = false;
      $('feedback').hidden = true;
      for (let i = 0; submission.status === 'pending' && i < 600; i++) {
        outcome(submission);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        submission = await intake.json('/api/submissions/' + encodeURIComponent(submission.id) + (previewedPeriod ? '?period=' + encodeURIComponent(previewedPeriod) : ''));
      }
      outcome(submission);
    } catch (error) {
      intake.problem(error.message);
    } finally {
      sending = false;
      $('send').disabled = false;
    }
  }

  function outcome(submission) {
    $('outcome').textContent = submission.outcome;
    $('outcome').className = 'verdict ' + (submission.status === 'duplicate' || submission.status === 'superseded' ? 'accepted_with_warnings' : submission.status);
    $('outcome').dataset.status = submission.status;
    if (submission.feedbackUrl) {
      $('feedback').href = submission.feedbackUrl;
      $('feedback').hidden = false;
    }
  }

  function choose(files) {
    if (!files || files.length === 0) return;
    file = files[0];
    factPage = 0;
    issuePage = 0;
    preview();
  }

  async function start() {
    try {
      me = await intake.me();
    } catch (error) {
      intake.problem(error.message);
      return;
    }
    $('max-size').textContent = String(Math.floor(me.maxUploadBytes / 1048576));
    const select = $('reporter');
    if (me.reporter === null) select.appendChild(new Option('{{fromFile}}', ''));
    for (const unit of me.reporters) select.appendChild(new Option(unit.name, unit.code));
    if (me.reporter !== null) { select.value = me.reporter; select.disabled = me.reporters.length <= 1; }
    if (me.access !== 'open' && me.reporters.length === 0) intake.problem('{{notListed}}');
    $('file').addEventListener('change', (e) => choose(e.target.files));
    const drop = $('drop');
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); choose(e.dataTransfer.files); });
    select.addEventListener('change', preview);
    $('period').addEventListener('change', preview);
    $('send').addEventListener('click', send);
    for (const name of ['facts', 'issues']) {
      $(name + '-prev').addEventListener('click', () => turn(name, -1));
      $(name + '-next').addEventListener('click', () => turn(name, 1));
    }
  }

  start();
})();

// Batik Berlian web form: plain JavaScript, no framework and no build step.
'use strict';

const TOKEN_KEY = 'batik.token';
const STATUS_LABELS = {
  PENDING: 'Sedang diperiksa', INELIGIBLE: 'Tidak memenuhi syarat', WAITLISTED: 'Daftar tunggu',
  ACTIVE: 'Peserta aktif', ENDED: 'Kepesertaan berakhir', LAPSED: 'Kepesertaan terhenti'
};
let reference = { kelurahan: [], occupations: [] };

const $ = (sel, root) => (root || document).querySelector(sel);
const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));

function rupiah(n) {
  const v = Number(n || 0);
  return (v < 0 ? '-Rp' : 'Rp') + Math.abs(v).toLocaleString('id-ID', { maximumFractionDigits: 0 });
}
function tanggal(iso) {
  if (!iso) return '—';
  const [y, m, d] = String(iso).slice(0, 10).split('-').map(Number);
  if (!y) return String(iso);
  return new Date(Date.UTC(y, m - 1, d || 1)).toLocaleDateString('id-ID',
    { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
function bulan(period) {
  const [y, m] = String(period).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('id-ID', { month: 'short', year: '2-digit', timeZone: 'UTC' });
}
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  });
  children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return e;
}

// ---- token -------------------------------------------------------------------------------------------------
function token() { return sessionStorage.getItem(TOKEN_KEY); }
function claims() {
  const t = token();
  if (!t) return null;
  try {
    const part = t.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(decodeURIComponent(escape(atob(part))));
  } catch (e) { return null; }
}
function showWho() {
  const c = claims();
  const who = $('#who');
  if (!token()) { who.textContent = 'Belum masuk sebagai petugas.'; return; }
  if (!c) { who.textContent = 'Token tersimpan (tidak dapat dibaca isinya).'; return; }
  const groups = [].concat(c['cognito:groups'] || []).join(', ') || 'tanpa grup';
  const kel = c['custom:kelurahan'] ? ' · kelurahan ' + c['custom:kelurahan'] : '';
  who.textContent = 'Masuk sebagai ' + (c['cognito:username'] || c.sub || 'petugas') + ' (' + groups + ')' + kel;
}

// ---- HTTP --------------------------------------------------------------------------------------------------
async function api(method, path, body) {
  const headers = { 'Accept': 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token()) headers['Authorization'] = 'Bearer ' + token();
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    return { status: 0, body: { code: 'NETWORK', message: 'tidak dapat menghubungi server; periksa sambungan' } };
  }
  let data = null;
  const text = await res.text();
  try { data = text ? JSON.parse(text) : {}; } catch (e) { data = { message: text }; }
  if (res.status === 401 && data && !data.code) {
    data = { code: 'UNAUTHENTICATED', message: 'masuk sebagai petugas terlebih dahulu (bagian "Masuk petugas")' };
  }
  return { status: res.status, body: data, headers: res.headers };
}

// ---- errors next to their field ----------------------------------------------------------------------------
function clearErrors(form) {
  $$('.error', form).forEach(p => { p.textContent = ''; });
  $$('[aria-invalid]', form).forEach(i => i.removeAttribute('aria-invalid'));
}
function fieldError(form, field, message) {
  const base = field ? String(field).split(/[.[]/)[0] : null;
  const p = field ? ($('.error[data-field="' + field + '"]', form) || $('.error[data-field="' + base + '"]', form)) : null;
  if (p) {
    p.textContent = message;
    const input = p.parentElement.querySelector('input, select, textarea');
    if (input) input.setAttribute('aria-invalid', 'true');
    return true;
  }
  return false;
}
function showProblems(form, body, status) {
  const general = $('.form-error', form);
  const problems = (body && (body.problems || body.errors)) || [];
  const list = problems.length ? problems : [body || {}];
  const leftover = [];
  list.forEach(pr => {
    const msg = pr.message || pr.reason || ('permintaan ditolak (' + status + ')');
    if (!fieldError(form, pr.field, msg)) leftover.push((pr.field ? pr.field + ': ' : '') + msg);
  });
  if (leftover.length) general.textContent = leftover.join(' · ');
  const firstBad = $('[aria-invalid="true"]', form);
  if (firstBad) firstBad.focus();
}
function requireFields(form, names) {
  let ok = true;
  names.forEach(n => {
    const input = form.elements[n];
    if (input && !String(input.value).trim()) { fieldError(form, n, 'wajib diisi'); ok = false; }
  });
  return ok;
}
function nikProblem(value) {
  const v = String(value).replace(/[\s.-]/g, '');
  if (!v) return 'NIK wajib diisi';
  if (!/^\d{16}$/.test(v)) return 'NIK harus 16 angka';
  return null;
}
async function busy(form, fn) {
  const buttons = $$('button', form);
  buttons.forEach(b => { b.disabled = true; });
  try { await fn(); } finally { buttons.forEach(b => { b.disabled = false; }); }
}

// ---- tabs --------------------------------------------------------------------------------------------------
function selectTab(tab) {
  $$('[role="tab"]').forEach(t => {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $('#' + t.getAttribute('aria-controls')).hidden = !on;
  });
  if (tab.id === 'tab-dashboard') loadDashboard();
  if (tab.id === 'tab-upload') loadUploads();
}
function setupTabs() {
  const tabs = $$('[role="tab"]');
  tabs.forEach((t, i) => {
    t.tabIndex = t.getAttribute('aria-selected') === 'true' ? 0 : -1;
    t.addEventListener('click', () => selectTab(t));
    t.addEventListener('keydown', e => {
      const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (d) { const n = tabs[(i + d + tabs.length) % tabs.length]; n.focus(); selectTab(n); }
    });
  });
}

// ---- status check ------------------------------------------------------------------------------------------
async function onStatus(e) {
  e.preventDefault();
  const form = e.target, out = $('#status-result');
  clearErrors(form); out.textContent = '';
  const nikErr = nikProblem(form.nik.value);
  let ok = true;
  if (nikErr) { fieldError(form, 'nik', nikErr); ok = false; }
  if (!form.birthDate.value) { fieldError(form, 'birthDate', 'tanggal lahir wajib diisi'); ok = false; }
  if (!ok) { $('[aria-invalid="true"]', form).focus(); return; }
  await busy(form, async () => {
    const r = await api('POST', '/status', { nik: form.nik.value.replace(/[\s.-]/g, ''), birthDate: form.birthDate.value });
    if (r.status === 200) {
      const b = r.body;
      out.append(el('div', { class: 'card ' + (b.status === 'ACTIVE' ? 'ok' : '') },
        el('p', { class: 'big', text: b.statusLabel || STATUS_LABELS[b.status] || b.status }),
        el('p', { text: 'Mulai perlindungan: ' + tanggal(b.coverageStart) }),
        el('p', { text: 'Berakhir: ' + (b.coverageEnd ? tanggal(b.coverageEnd) : '—') })));
    } else if (r.status === 404) {
      out.append(el('div', { class: 'card bad', id: 'status-not-found' },
        el('p', { class: 'big', text: 'Data tidak ditemukan' }),
        el('p', { text: r.body.message || 'Periksa kembali NIK dan tanggal lahir.' })));
    } else {
      showProblems(form, r.body, r.status);
    }
  });
}

async function onParticipant(e) {
  e.preventDefault();
  const form = e.target, out = $('#participant-result');
  clearErrors(form); out.textContent = '';
  const nikErr = nikProblem(form.nik.value);
  if (nikErr) { fieldError(form, 'nik', nikErr); form.nik.focus(); return; }
  await busy(form, async () => {
    const r = await api('GET', '/participants/' + encodeURIComponent(form.nik.value.replace(/[\s.-]/g, '')));
    if (r.status !== 200) { showProblems(form, r.body, r.status); return; }
    const p = r.body, c = p.coverage || {};
    const card = el('div', { class: 'card' },
      el('p', { class: 'big', text: (p.name || '') + ' · ' + p.nik }),
      el('p', { text: 'Status: ' + (p.statusLabel || p.status) }),
      el('p', { text: 'Perlindungan: ' + tanggal(c.coverageStart) + ' s.d. ' + (c.endedOn ? tanggal(c.endedOn) : 'sekarang')
        + (c.endReason ? ' (' + c.endReason + ')' : '') }));
    (p.decisions || []).forEach(d => {
      card.append(el('h4', { text: 'Keputusan ' + d.ruleSetVersion + ' · ' + tanggal(d.evaluatedOn) + ' · '
        + (d.eligible ? 'memenuhi syarat' : 'tidak memenuhi syarat') }));
      card.append(table(['Hasil', 'Kode', 'Kolom', 'Keterangan'],
        (d.results || []).map(x => [x.outcome, x.code || '', x.field || '', x.message || ''])));
    });
    card.append(el('h4', { text: 'Tagihan iuran' }),
      table(['Bulan', 'Jumlah'], (p.bills || []).map(b => [b.period, { num: rupiah(b.total) }])));
    card.append(el('h4', { text: 'Klaim' }),
      table(['Jenis', 'Tanggal', 'Status', 'Tunai'], (p.claims || []).map(k => [k.type, tanggal(k.incidentDate), k.status || '', { num: rupiah(k.totalCash) }])));
    out.append(card);
  });
}

function table(headers, rows) {
  const t = el('table', {},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.length ? rows.map(r => el('tr', {}, r.map(c => (c && c.num !== undefined)
      ? el('td', { class: 'num', text: c.num }) : el('td', { text: c == null ? '' : String(c) }))))
      : el('tr', {}, el('td', { colspan: String(headers.length), class: 'muted', text: 'belum ada' }))));
  return el('div', { class: 'table-wrap' }, t);
}

// ---- registration ------------------------------------------------------------------------------------------
async function onRegister(e) {
  e.preventDefault();
  const form = e.target, out = $('#register-result');
  clearErrors(form); out.textContent = '';
  let ok = requireFields(form, ['name', 'birthDate', 'sex', 'occupation', 'kelurahan', 'kecamatan']);
  const nikErr = nikProblem(form.nik.value);
  if (nikErr) { fieldError(form, 'nik', nikErr); ok = false; }
  if (!ok) { $('[aria-invalid="true"]', form).focus(); return; }
  const kel = reference.kelurahan.find(k => k.code === form.kelurahan.value);
  const body = {
    nik: form.nik.value.replace(/[\s.-]/g, ''), name: form.name.value.trim(), birthDate: form.birthDate.value,
    sex: form.sex.value, occupation: form.occupation.value.trim(), kelurahan: kel ? kel.name : form.kelurahan.value,
    kecamatan: form.kecamatan.value.trim(), rt: form.rt.value.trim(), rw: form.rw.value.trim(),
    address: form.address.value.trim(), phone: form.phone.value.trim(),
    desil: form.desil.value ? Number(form.desil.value) : null,
    disability: form.disability.checked, breadwinner: form.breadwinner.checked
  };
  await busy(form, async () => {
    const r = await api('POST', '/applicants', body);
    if (r.status === 201 || r.status === 200) {
      out.append(el('div', { class: 'card ok' },
        el('p', { class: 'big', text: 'Pendaftaran diterima' }),
        el('p', { text: 'NIK ' + r.body.nik + ' · status: ' + (STATUS_LABELS[r.body.status] || r.body.status) })));
      form.reset();
    } else {
      showProblems(form, r.body, r.status);
    }
  });
}

// ---- uploads -----------------------------------------------------------------------------------------------
async function sha256Hex(buffer) {
  const digest = await crypto.subtle.digest('SHA-256', buffer);
  return Array.from(new Uint8Array(digest)).map(b => b.toString(16).padStart(2, '0')).join('');
}
const sleep = ms => new Promise(r => setTimeout(r, ms));

async function onUpload(e) {
  e.preventDefault();
  const form = e.target, out = $('#upload-result');
  clearErrors(form); out.textContent = '';
  const file = form.fileName.files[0];
  let ok = true;
  if (!form.kelurahan.value) { fieldError(form, 'kelurahan', 'pilih kelurahan'); ok = false; }
  if (!file) { fieldError(form, 'fileName', 'pilih berkas .csv atau .xlsx'); ok = false; }
  if (!ok) return;
  await busy(form, async () => {
    const progress = el('p', { class: 'muted', text: 'Menghitung sidik berkas…' });
    out.append(progress);
    const bytes = await file.arrayBuffer();
    if (!window.crypto || !crypto.subtle) {
      showProblems(form, { message: 'peramban ini tidak mendukung perhitungan sidik berkas; buka lewat https' }); return;
    }
    const id = await sha256Hex(bytes);
    const r = await api('POST', '/uploads', { kelurahan: form.kelurahan.value, fileName: file.name });
    if (r.status !== 201 && r.status !== 200) { progress.remove(); showProblems(form, r.body, r.status); return; }
    progress.textContent = 'Mengirim berkas ' + r.body.fileName + '…';
    try {
      const put = await fetch(r.body.url, { method: 'PUT', body: bytes });
      if (!put.ok) throw new Error('HTTP ' + put.status);
    } catch (err) {
      progress.remove();
      showProblems(form, { field: 'fileName', message: 'berkas gagal dikirim ke penyimpanan (' + err.message + ')' }); return;
    }
    progress.textContent = 'Berkas terkirim; menunggu hasil pemeriksaan…';
    for (let i = 0; i < 60; i++) {
      const d = await api('GET', '/uploads/' + id);
      if (d.status === 200 && (d.body.reportReady || d.body.status === 'REJECTED')) {
        progress.remove(); out.append(uploadReport(d.body)); loadUploads(); return;
      }
      if (d.status !== 200 && d.status !== 404) { progress.remove(); showProblems(form, d.body, d.status); return; }
      await sleep(2000);
    }
    progress.textContent = 'Pemeriksaan belum selesai. Lihat "Unggahan terakhir" beberapa saat lagi.';
  });
}

function uploadReport(u) {
  const card = el('div', { class: 'card ' + (u.status === 'REJECTED' ? 'bad' : 'ok') },
    el('p', { class: 'big', text: (u.fileName || 'Berkas') + ': ' + (u.status || '') }),
    el('p', { text: 'Baris: ' + (u.rowsIn ?? '—') + ' · diterima: ' + (u.accepted ?? '—') + ' · ditolak: ' + (u.rejected ?? '—') }));
  if (u.message) card.append(el('p', { text: u.message }));
  if (u.unknownColumns && u.unknownColumns.length) card.append(el('p', { class: 'muted', text: 'Kolom tidak dikenal: ' + u.unknownColumns.join(', ') }));
  if (u.countsByReason) {
    card.append(table(['Alasan', 'Jumlah'], Object.entries(u.countsByReason).map(([k, v]) => [k, { num: String(v) }])));
  }
  card.append(table(['Baris', 'NIK', 'Nama', 'Status', 'Alasan'],
    (u.rows || []).map(r => [r.row, r.nik, r.name, r.status, (r.code ? r.code + ': ' : '') + (r.message || '')])));
  if (u.reportReady) {
    const b = el('button', { type: 'button', class: 'secondary', text: 'Unduh laporan CSV' });
    b.addEventListener('click', () => downloadReport(u.uploadId));
    card.append(b);
  }
  return card;
}

async function downloadReport(id) {
  const res = await fetch('/uploads/' + id + '?format=csv', { headers: { Authorization: 'Bearer ' + token() } });
  if (!res.ok) return;
  const url = URL.createObjectURL(await res.blob());
  const a = el('a', { href: url, download: 'laporan-' + id.slice(0, 12) + '.csv' });
  document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

async function loadUploads() {
  const box = $('#uploads-list');
  if (!token()) { box.textContent = 'Masuk sebagai petugas untuk melihat unggahan.'; return; }
  const r = await api('GET', '/uploads');
  box.textContent = '';
  if (r.status !== 200) { box.append(el('p', { class: 'error', text: r.body.message || 'gagal memuat' })); return; }
  const rows = r.body.uploads.slice(0, 20).map(u => {
    const b = el('button', { type: 'button', class: 'secondary', text: 'Rincian' });
    b.addEventListener('click', async () => {
      const d = await api('GET', '/uploads/' + u.uploadId);
      const out = $('#upload-result'); out.textContent = '';
      if (d.status === 200) out.append(uploadReport(d.body)); else out.append(el('p', { class: 'error', text: d.body.message }));
    });
    return el('tr', {}, el('td', { text: u.fileName || '' }), el('td', { text: u.kelurahanCode || '' }),
      el('td', { text: u.status || '' }), el('td', { class: 'num', text: (u.accepted ?? '—') + ' / ' + (u.rejected ?? '—') }),
      el('td', {}, b));
  });
  box.append(el('div', { class: 'table-wrap' }, el('table', {},
    el('thead', {}, el('tr', {}, ['Berkas', 'Kelurahan', 'Status', 'Diterima / ditolak', ''].map(h => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: '5', class: 'muted', text: 'belum ada unggahan' }))))));
}

// ---- claims ------------------------------------------------------------------------------------------------
let childCount = 0;
function addChild() {
  if ($$('.child').length >= 2) return;
  const n = childCount++;
  const box = el('div', { class: 'child grid', 'data-child': String(n) });
  const idx = $$('.child').length;
  box.innerHTML =
    '<div class="field"><label for="child-' + n + '-birthDate">Tanggal lahir anak ' + (idx + 1) + '</label>'
    + '<input id="child-' + n + '-birthDate" name="child-birthDate" type="date">'
    + '<p class="error" data-field="children[' + idx + '].birthDate" role="alert"></p></div>'
    + '<div class="field"><label for="child-' + n + '-level">Jenjang sekolah anak ' + (idx + 1) + '</label>'
    + '<select id="child-' + n + '-level" name="child-level"><option value="">belum sekolah</option>'
    + '<option value="TK_SD">TK/SD</option><option value="SMP">SMP</option><option value="SMA">SMA/SMK</option>'
    + '<option value="PT">Perguruan tinggi</option></select>'
    + '<p class="error" data-field="children[' + idx + '].level" role="alert"></p></div>'
    + '<div class="field"><label for="child-' + n + '-grade">Kelas/tahun ke- (boleh kosong)</label>'
    + '<input id="child-' + n + '-grade" name="child-grade" type="number" min="1" max="8">'
    + '<p class="error" data-field="children[' + idx + '].grade" role="alert"></p></div>';
  $('#children').append(box);
  if ($$('.child').length >= 2) $('#add-child').hidden = true;
}

function breakdownOf(body) {
  if (!body) return null;
  for (const k of ['breakdown', 'benefit', 'outcome', 'result']) {
    if (body[k] && body[k].components) return body[k];
  }
  return body.components ? body : null;
}

async function onClaim(e) {
  e.preventDefault();
  const form = e.target, out = $('#claim-result');
  const action = (e.submitter && e.submitter.value) || 'simulate';
  clearErrors(form); out.textContent = '';
  if (!form.incidentDate.value) { fieldError(form, 'incidentDate', 'tanggal kejadian wajib diisi'); form.incidentDate.focus(); return; }
  if (action === 'submit') {
    const nikErr = nikProblem(form.nik.value);
    if (nikErr) { fieldError(form, 'nik', nikErr); form.nik.focus(); return; }
  }
  const num = v => (v === '' ? undefined : Number(v));
  const children = $$('.child').map(c => ({
    birthDate: $('[name="child-birthDate"]', c).value || undefined,
    level: $('[name="child-level"]', c).value || undefined,
    grade: num($('[name="child-grade"]', c).value)
  })).filter(c => c.birthDate || c.level);
  const body = {
    type: form.type.value, incidentDate: form.incidentDate.value,
    contributionMonths: num(form.contributionMonths.value), declaredIncome: num(form.declaredIncome.value),
    daysOff: num(form.daysOff.value), children
  };
  if (action === 'simulate') body.simulate = true;
  if (form.nik.value.trim()) body.nik = form.nik.value.replace(/[\s.-]/g, '');
  await busy(form, async () => {
    const r = await api('POST', action === 'simulate' ? '/claims/simulate' : '/claims', body);
    const b = breakdownOf(r.body);
    if ((r.status === 200 || r.status === 201) && b) {
      out.append(claimCard(b, r.body, action));
    } else {
      showProblems(form, r.body, r.status);
    }
  });
}

function claimCard(b, whole, action) {
  const card = el('div', { class: 'card ok', id: 'claim-breakdown' },
    el('p', { class: 'muted', text: action === 'simulate' ? 'Hasil simulasi (bukan keputusan klaim)'
      : 'Klaim tercatat' + (whole.claimId ? ' · nomor ' + whole.claimId : '') + (whole.status ? ' · ' + whole.status : '') }),
    el('p', { class: 'big' }, 'Santunan tunai: ', el('span', { id: 'claim-total-cash', text: rupiah(b.totalCash) })),
    el('p', {}, 'Beasiswa anak (paling banyak): ', el('span', { id: 'claim-scholarship', text: rupiah(b.scholarshipTotal) })));
  if (b.medicalCostRecorded) card.append(el('p', { text: 'Biaya perawatan dicatat: ' + rupiah(b.medicalCostRecorded) }));
  card.append(table(['Komponen', 'Jumlah', 'Dasar'], (b.components || []).map(c => [c.code, { num: rupiah(c.amount) }, c.rule || ''])));
  if (b.notPayable && b.notPayable.length) {
    card.append(el('h4', { text: 'Tidak dibayarkan' }),
      el('ul', {}, b.notPayable.map(n => el('li', { text: n.code + ': ' + n.reason }))));
  }
  return card;
}

// ---- dashboard (inline SVG, drawn here) ---------------------------------------------------------------------
const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
  if (text !== undefined) e.textContent = text;
  return e;
}
function shortMoney(v) {
  const a = Math.abs(v);
  if (a >= 1e9) return (v / 1e9).toLocaleString('id-ID', { maximumFractionDigits: 1 }) + ' M';
  if (a >= 1e6) return (v / 1e6).toLocaleString('id-ID', { maximumFractionDigits: 1 }) + ' jt';
  if (a >= 1e3) return (v / 1e3).toLocaleString('id-ID', { maximumFractionDigits: 0 }) + ' rb';
  return String(v);
}
function chartBox(title, id, desc) {
  return el('figure', { class: 'chart', id }, el('h3', { text: title }), el('figcaption', { class: 'muted', text: desc || '' }));
}
function emptyNote(s, w, h) { s.append(svg('text', { x: w / 2, y: h / 2, 'text-anchor': 'middle', fill: '#5a6272', 'font-size': 14 }, 'belum ada data')); }

function barsHorizontal(items, label) {
  const rowH = 22, left = 120, w = 600, h = Math.max(60, items.length * rowH + 24);
  const s = svg('svg', { viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': label });
  s.append(svg('title', {}, label));
  const max = Math.max(1, ...items.map(i => i.value));
  if (!items.length) emptyNote(s, w, h);
  items.forEach((it, k) => {
    const y = 8 + k * rowH, bw = (w - left - 60) * it.value / max;
    s.append(svg('text', { x: left - 6, y: y + 14, 'text-anchor': 'end', 'font-size': 12, fill: '#1d2330' }, it.label));
    s.append(svg('rect', { x: left, y: y + 2, width: Math.max(1, bw), height: rowH - 6, fill: '#b8651f' }));
    s.append(svg('text', { x: left + bw + 4, y: y + 14, 'font-size': 12, fill: '#1d2330' }, it.text || String(it.value)));
  });
  return s;
}
function barsVertical(items, label) {
  const w = 600, h = 240, pad = 40, bottom = 30;
  const s = svg('svg', { viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': label });
  s.append(svg('title', {}, label));
  s.append(svg('line', { x1: pad, y1: h - bottom, x2: w - 8, y2: h - bottom, stroke: '#9aa1ad' }));
  if (!items.length) { emptyNote(s, w, h); return s; }
  const max = Math.max(1, ...items.map(i => i.value));
  const slot = (w - pad - 8) / items.length;
  items.forEach((it, k) => {
    const bh = (h - bottom - 20) * it.value / max, x = pad + k * slot + slot * 0.15;
    const r = svg('rect', { x, y: h - bottom - bh, width: slot * 0.7, height: Math.max(1, bh), fill: '#7a3b12' });
    r.append(svg('title', {}, it.label + ': ' + rupiah(it.value)));
    s.append(r);
    if (items.length <= 12 || k % Math.ceil(items.length / 12) === 0) {
      s.append(svg('text', { x: x + slot * 0.35, y: h - bottom + 16, 'text-anchor': 'middle', 'font-size': 11 }, it.label));
    }
  });
  s.append(svg('text', { x: pad - 4, y: 16, 'text-anchor': 'end', 'font-size': 11 }, shortMoney(max)));
  return s;
}
function burnDown(budget, label) {
  const w = 600, h = 240, pad = 48, bottom = 30;
  const s = svg('svg', { viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': label });
  s.append(svg('title', {}, label));
  const pts = budget.burnDown || [];
  const max = Math.max(1, budget.total || 0, ...pts.map(p => p.spent));
  const x = k => pad + k * (w - pad - 12) / Math.max(1, pts.length - 1);
  const y = v => h - bottom - (h - bottom - 16) * Math.max(0, v) / max;
  s.append(svg('line', { x1: pad, y1: h - bottom, x2: w - 8, y2: h - bottom, stroke: '#9aa1ad' }));
  s.append(svg('line', { x1: pad, y1: 16, x2: pad, y2: h - bottom, stroke: '#9aa1ad' }));
  s.append(svg('text', { x: pad - 4, y: 20, 'text-anchor': 'end', 'font-size': 11 }, shortMoney(max)));
  if (!budget.total) emptyNote(s, w, h);
  const line = pts.map((p, k) => (k ? 'L' : 'M') + x(k).toFixed(1) + ' ' + y(p.remaining).toFixed(1)).join(' ');
  if (pts.length && budget.total) s.append(svg('path', { d: line, fill: 'none', stroke: '#1f6f3f', 'stroke-width': 3 }));
  pts.forEach((p, k) => {
    if (p.billed && budget.total) s.append(svg('circle', { cx: x(k), cy: y(p.remaining), r: 4, fill: '#1f6f3f' }));
    if (k % 2 === 0) s.append(svg('text', { x: x(k), y: h - bottom + 16, 'text-anchor': 'middle', 'font-size': 11 }, bulan(p.period)));
  });
  return s;
}

async function loadDashboard(year) {
  const box = $('#dashboard'), form = $('#form-dashboard');
  clearErrors(form);
  box.textContent = '';
  if (!token()) { box.append(el('p', { text: 'Masuk sebagai petugas dinas atau keuangan untuk melihat dasbor.' })); return; }
  const y = year || form.year.value || '';
  const r = await api('GET', '/reports/summary' + (y ? '?year=' + encodeURIComponent(y) : ''));
  if (r.status !== 200) { showProblems(form, r.body, r.status); return; }
  const d = r.body;
  if (!form.year.value) form.year.value = d.year;
  const kpis = el('div', { class: 'kpis' },
    el('div', { class: 'card' }, el('p', { class: 'muted', text: 'Peserta aktif' }), el('p', { class: 'big', text: String(d.coverage.activeParticipants) })),
    el('div', { class: 'card' }, el('p', { class: 'muted', text: 'Iuran dibayar s.d. kini' }), el('p', { class: 'big', text: rupiah(d.premiums.toDate) })),
    el('div', { class: 'card' }, el('p', { class: 'muted', text: 'Sisa anggaran ' + d.year }), el('p', { class: 'big', text: rupiah(d.budget.remaining) })));
  box.append(kpis, el('p', { id: 'coverage-statement', text: d.coverage.statement }));

  const kel = chartBox('Peserta per kelurahan', 'chart-kelurahan', 'jumlah terdaftar (aktif)');
  kel.append(barsHorizontal(d.participants.byKelurahan.map(k => ({ label: k.name, value: k.total, text: k.total + ' (' + k.active + ')' })), 'Peserta per kelurahan'));
  const prem = chartBox('Iuran per bulan', 'chart-premiums', 'tagihan iuran JKK + JKM per bulan');
  prem.append(barsVertical(d.premiums.byMonth.map(m => ({ label: bulan(m.period), value: m.amount })), 'Iuran per bulan'));
  const burn = chartBox('Sisa anggaran ' + d.year, 'chart-burndown',
    'anggaran ' + rupiah(d.budget.total) + ', terpakai ' + rupiah(d.budget.used) + (d.budget.usedFrom === 'LEDGER' ? ' (buku besar)' : ' (dari tagihan)'));
  burn.append(burnDown(d.budget, 'Sisa anggaran per bulan'));
  const rw = d.budget.runway;
  burn.append(el('p', { id: 'runway', text: rw
    ? 'Dengan biaya ' + rupiah(rw.monthlyCost) + ' per bulan, anggaran cukup ' + rw.fullyFundedMonths + ' bulan lagi'
      + (rw.lastFullyFunded ? ' (s.d. ' + bulan(rw.lastFullyFunded) + ')' : '') + '; habis pada ' + bulan(rw.runsOutIn)
      + ' dengan sisa ' + rupiah(rw.leftForRunsOutIn) + '.'
    : 'Perkiraan daya tahan anggaran muncul setelah ada pagu anggaran dan tagihan iuran tahun ini.' }));
  box.append(kel, prem, burn);
  box.append(el('h3', { text: 'Klaim per jenis' }),
    table(['Jenis', 'Jumlah', 'Santunan tunai', 'Beasiswa'], d.claims.byType.map(c => [c.type, { num: String(c.count) }, { num: rupiah(c.totalCash) }, { num: rupiah(c.scholarshipTotal) }])));
  box.append(el('h3', { text: 'Peserta per pekerjaan' }),
    table(['Pekerjaan', 'Terdaftar', 'Aktif'], d.participants.byOccupation.map(o => [o.name, { num: String(o.total) }, { num: String(o.active) }])));
}

// ---- sign-in -----------------------------------------------------------------------------------------------
function onSignin(e) {
  e.preventDefault();
  const form = e.target;
  clearErrors(form);
  const t = form.token.value.trim().replace(/^Bearer\s+/i, '');
  if (t.split('.').length !== 3) { fieldError(form, 'token', 'token tidak dikenali: harus JWT (tiga bagian dipisah titik)'); form.token.focus(); return; }
  sessionStorage.setItem(TOKEN_KEY, t);
  form.token.value = '';
  showWho();
}
async function localToken() {
  const form = $('#form-signin');
  clearErrors(form);
  try {
    const res = await fetch('/_local/token', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'petugas-lokal', groups: ['staff', 'finance'], kelurahan: null }) });
    const b = await res.json();
    if (!res.ok || !b.token) throw new Error(b.message || res.status);
    sessionStorage.setItem(TOKEN_KEY, b.token);
    showWho();
  } catch (err) {
    $('.form-error', form).textContent = 'token lokal tidak tersedia (' + err.message + ')';
  }
}

// ---- start -------------------------------------------------------------------------------------------------
async function loadReference() {
  try {
    const res = await fetch('/ui/reference.json');
    reference = await res.json();
  } catch (e) { return; }
  $$('.kelurahan-select').forEach(s => {
    s.append(el('option', { value: '', text: '— pilih kelurahan —' }));
    reference.kelurahan.forEach(k => s.append(el('option', { value: k.code, text: k.name + ' (' + k.kecamatan + ')' })));
  });
  reference.occupations.forEach(o => $('#occupation-list').append(el('option', { value: o.name })));
  $('#reg-kelurahan').addEventListener('change', e => {
    const k = reference.kelurahan.find(x => x.code === e.target.value);
    if (k) $('#reg-kecamatan').value = k.kecamatan;
  });
}

document.addEventListener('DOMContentLoaded', () => {
  setupTabs();
  showWho();
  loadReference();
  addChild();
  $('#form-status').addEventListener('submit', onStatus);
  $('#form-participant').addEventListener('submit', onParticipant);
  $('#form-register').addEventListener('submit', onRegister);
  $('#form-upload').addEventListener('submit', onUpload);
  $('#uploads-refresh').addEventListener('click', loadUploads);
  $('#form-claim').addEventListener('submit', onClaim);
  $('#add-child').addEventListener('click', addChild);
  $('#form-dashboard').addEventListener('submit', e => { e.preventDefault(); loadDashboard(); });
  $('#form-signin').addEventListener('submit', onSignin);
  $('#signout').addEventListener('click', () => { sessionStorage.removeItem(TOKEN_KEY); showWho(); });
  const local = ['127.0.0.1', 'localhost'].includes(location.hostname);
  $('#local-token').hidden = !local;
  $('#local-token').addEventListener('click', localToken);
});

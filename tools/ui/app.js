// caviar review page.  No framework, no inline script (the page's
// Content-Security-Policy forbids them).  The admin token lives in this
// tab's sessionStorage only; every call sends it as a bearer token.
'use strict';

const T = {
  fr: {
    subtitle: 'révision avant conservation', otherlang: 'English', logout: 'Se déconnecter',
    login: 'Connexion', signin: 'Se connecter',
    loginhelp: "Jeton d'administration de la collection (caviar token create --admin).",
    badtoken: "Jeton refusé : il faut un jeton d'administration (caviar token create --admin).",
    try: 'Essayer un fichier', docs: 'Documents',
    drop: "Déposez un fichier ici ou choisissez-en un. Rien n'est conservé tant que vous ne le demandez pas.",
    original: 'Texte extrait (caviardages surlignés)', redacted: 'Texte caviardé (ce qui serait conservé)',
    store: 'Conserver ce document', discard: 'Ne pas conserver',
    search: 'Rechercher', searchph: 'Rechercher dans la collection',
    colid: 'Document', colsource: 'Source', coltype: 'Type', colpages: 'Pages',
    colcounts: 'Caviardages', coldate: 'Ingéré', forget: 'Oublier',
    working: 'Extraction et caviardage en cours…', nothingstored: 'Rien n’a été conservé.',
    stored: 'Conservé : document {id}.', already: 'Déjà conservé : document {id}.',
    discarded: 'Écarté : rien n’a été conservé.', failed: 'Échec : {msg}',
    collection: 'Collection : {c}', pages: '{n} page(s)', noresult: 'Aucun résultat.',
    confirmforget: 'Oublier le document {id} ? Il sera effacé du disque.',
    forgotten: 'Document {id} oublié.', ndocs: '{n} document(s).', none: 'aucun',
    ndocspage: '{n} document(s) sur {total} affichés.', more: 'Afficher les suivants',
    detector: 'détecteur', confidence: 'confiance',
    folders: 'Dossiers de dépôt', quarantined: 'En quarantaine', done: 'Conservés récemment',
    retry: 'Réessayer', nofolder: 'Aucun dossier de dépôt pour cette collection.',
    retried: 'Remis dans le dossier : il sera repris.', empty: 'aucun',
    lists: 'Listes', always: 'Toujours caviarder', never: 'Ne jamais caviarder',
    alwayslist: 'Toujours caviardés', neverlist: 'Jamais caviardés', add: 'Ajouter',
    remove: 'Retirer', termph: 'Terme (mots entiers)',
    listshelp: "Termes que cette collection caviarde toujours (le nom d'un client, un code de projet) ou ne caviarde jamais (le personnel de l'organisme). Ils s'appliquent au prochain fichier, y compris dans les dossiers de dépôt.",
    listadded: 'Ajouté : le prochain fichier en tient compte.', listremoved: 'Retiré.',
  },
  en: {
    subtitle: 'review before storing', otherlang: 'Français', logout: 'Sign out',
    login: 'Sign in', signin: 'Sign in',
    loginhelp: "The collection's admin token (caviar token create --admin).",
    badtoken: 'Token refused: an admin token is needed (caviar token create --admin).',
    try: 'Try a file', docs: 'Documents',
    drop: 'Drop a file here or pick one. Nothing is stored until you ask.',
    original: 'Extracted text (redactions highlighted)', redacted: 'Redacted text (what would be stored)',
    store: 'Store this document', discard: 'Do not store',
    search: 'Search', searchph: 'Search the collection',
    colid: 'Document', colsource: 'Source', coltype: 'Type', colpages: 'Pages',
    colcounts: 'Redactions', coldate: 'Ingested', forget: 'Forget',
    working: 'Extracting and redacting…', nothingstored: 'Nothing was stored.',
    stored: 'Stored: document {id}.', already: 'Already stored: document {id}.',
    discarded: 'Discarded: nothing was stored.', failed: 'Failed: {msg}',
    collection: 'Collection: {c}', pages: '{n} page(s)', noresult: 'No match.',
    confirmforget: 'Forget document {id}? It will be erased from disk.',
    forgotten: 'Document {id} forgotten.', ndocs: '{n} document(s).', none: 'none',
    ndocspage: '{n} of {total} document(s) shown.', more: 'Show the next ones',
    detector: 'detector', confidence: 'confidence',
    folders: 'Drop folders', quarantined: 'Quarantined', done: 'Recently stored',
    retry: 'Retry', nofolder: 'No drop folder for this collection.',
    retried: 'Put back in the folder: it will be taken again.', empty: 'none',
    lists: 'Lists', always: 'Always redact', never: 'Never redact',
    alwayslist: 'Always redacted', neverlist: 'Never redacted', add: 'Add',
    remove: 'Remove', termph: 'Term (whole words)',
    listshelp: "Terms this collection always redacts (a client's name, a project code) or never redacts (the body's own staff). They apply from the next file on, drop folders included.",
    listadded: 'Added: the next file has it.', listremoved: 'Removed.',
  },
};

// French first: English only when the browser asks for it first.
let lang = (sessionStorage.getItem('caviar-lang') ||
            ((navigator.language || 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr'));
let token = sessionStorage.getItem('caviar-token') || '';
let collection = '';
let current = null; // the file being tried: kept in memory to store it

// Types as the redaction labels name them in French (redact/cv-pii-types.h),
// as labels.jsonl does in English.
const TYPE_FR = { PERSON: 'PERSONNE', SIN: 'NAS', DRIVER_LICENSE: 'PERMIS',
  PASSPORT: 'PASSEPORT', PHONE: 'TÉLÉPHONE', EMAIL: 'COURRIEL',
  POSTAL_CODE: 'CODE-POSTAL', ADDRESS: 'ADRESSE', DOB: 'DATE-NAISSANCE',
  CREDIT_CARD: 'CARTE', BANK_ACCOUNT: 'COMPTE', IP_ADDRESS: 'IP', PLATE: 'PLAQUE' };
function typeName(type) { return lang === 'fr' ? (TYPE_FR[type] || type) : type; }

const $ = (id) => document.getElementById(id);
function t(key, args) {
  let s = (T[lang] && T[lang][key]) || T.fr[key] || key;
  for (const k in (args || {})) s = s.replace('{' + k + '}', args[k]);
  return s;
}
function translatePage() {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = t(e.dataset.t); });
  document.querySelectorAll('[data-tp]').forEach((e) => { e.placeholder = t(e.dataset.tp); });
  if ($('list-type')) fillTypes();
  if (collection) $('whoami').textContent = t('collection', { c: collection });
}

async function api(method, path, body, extra) {
  const headers = Object.assign({ 'Authorization': 'Bearer ' + token,
                                  'Accept-Language': lang }, extra || {});
  const r = await fetch(path, { method, headers, body, cache: 'no-store',
                                credentials: 'omit' });
  let data = null;
  try { data = await r.json(); } catch (e) { data = null; }
  if (!r.ok) {
    const e = data && data.error;
    throw new Error((e && (e.message || e)) || ('HTTP ' + r.status));
  }
  return data;
}

// ---- login ----
async function login(tok) {
  token = tok.trim();
  try {
    const who = await api('GET', '/v1/admin/whoami');
    collection = who.collection;
    sessionStorage.setItem('caviar-token', token);
    $('login-view').classList.add('hidden');
    $('app-view').classList.remove('hidden');
    $('logout').classList.remove('hidden');
    $('login-error').textContent = '';
    translatePage();
  } catch (e) {
    token = '';
    sessionStorage.removeItem('caviar-token');
    $('login-error').textContent = t('badtoken');
  }
}
function logout() {
  sessionStorage.removeItem('caviar-token');
  token = ''; collection = ''; current = null;
  $('app-view').classList.add('hidden');
  $('logout').classList.add('hidden');
  $('login-view').classList.remove('hidden');
  $('try-result').classList.add('hidden');
  $('original').textContent = ''; $('redacted').textContent = '';
  $('always-list').textContent = ''; $('never-list').textContent = '';
}

// ---- try a file ----
// Byte offsets of the spans into the UTF-8 text, highlighted safely (text
// nodes only: the document's text is never parsed as HTML).
function highlight(pre, text, spans) {
  pre.textContent = '';
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  let pos = 0;
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  for (const s of sorted) {
    if (s.start < pos) continue; // overlapping: the first one wins
    pre.appendChild(document.createTextNode(dec.decode(bytes.slice(pos, s.start))));
    const m = document.createElement('mark');
    m.className = 'pii' + (s.confidence < 0.7 ? ' low' : '');
    m.dataset.type = s.type;
    m.title = typeName(s.type) + ' · ' + t('detector') + ' ' + s.detector + ' · ' +
              t('confidence') + ' ' + Math.round(s.confidence * 100) + ' %';
    m.textContent = dec.decode(bytes.slice(s.start, s.end));
    pre.appendChild(m);
    pos = s.end;
  }
  pre.appendChild(document.createTextNode(dec.decode(bytes.slice(pos))));
}

function showCounts(ul, counts) {
  ul.textContent = '';
  const keys = Object.keys(counts || {});
  if (!keys.length) {
    const li = document.createElement('li'); li.textContent = t('none'); ul.appendChild(li);
  }
  for (const k of keys) {
    const li = document.createElement('li');
    li.dataset.type = k;
    li.textContent = typeName(k) + ' ' + counts[k];
    ul.appendChild(li);
  }
}

async function tryFile(file) {
  current = file;
  $('try-result').classList.add('hidden');
  $('try-status').textContent = t('working');
  try {
    const r = await api('POST', '/v1/admin/try?name=' + encodeURIComponent(file.name), file);
    $('try-name').textContent = r.file;
    $('try-meta').textContent = r.mime + ' · ' + t('pages', { n: r.pages }) + ' · ' + r.lang;
    showCounts($('counts'), r.counts);
    highlight($('original'), r.original, r.spans);
    $('redacted').textContent = r.redacted;
    $('try-result').classList.remove('hidden');
    $('try-status').textContent = t('nothingstored');
  } catch (e) {
    current = null;
    $('try-status').textContent = t('failed', { msg: e.message });
  }
}

async function storeCurrent() {
  if (!current) return;
  try {
    const r = await api('POST', '/v1/admin/store?name=' + encodeURIComponent(current.name), current);
    $('try-status').textContent = t(r.status === 'stored' ? 'stored' : 'already', { id: r.doc.slice(0, 12) });
  } catch (e) {
    $('try-status').textContent = t('failed', { msg: e.message });
  }
  discardView();
}
function discardView() {
  current = null;
  $('try-result').classList.add('hidden');
  $('original').textContent = ''; $('redacted').textContent = '';
  $('file').value = '';
}

// ---- documents ----
// A page at a time (the API's k: 1 to 1000); ?k=N in the page's address
// sets it, e.g. to try paging on a small collection.
const DOCS_PAGE = Math.min(1000, Math.max(1,
  parseInt(new URLSearchParams(location.search).get('k'), 10) || 100));
let docsNext = null; // the next page's cursor, null on the last
let docsShown = 0;

async function loadDocs(more) {
  const tbody = document.querySelector('#docs tbody');
  if (!more) {
    tbody.textContent = ''; // at once: no stale row while the list loads
    docsNext = null; docsShown = 0;
  }
  $('docs-more').classList.add('hidden');
  try {
    const q = '?k=' + DOCS_PAGE + (more && docsNext ? '&cursor=' + encodeURIComponent(docsNext) : '');
    const r = await api('GET', '/v1/admin/documents' + q);
    if (!more) tbody.textContent = '';
    for (const d of r.documents) {
      const tr = document.createElement('tr');
      tr.dataset.doc = d.doc;
      const cells = [d.doc.slice(0, 12), d.source, d.mime, String(d.pages),
                     Object.entries(d.redacted || {}).map(([k, v]) => typeName(k) + ' ' + v).join(', ') || t('none'),
                     new Date(d.ingested * 1000).toISOString().slice(0, 16).replace('T', ' ')];
      cells.forEach((c, i) => {
        const td = document.createElement('td');
        if (i === 0) td.className = 'id';
        td.textContent = c; tr.appendChild(td);
      });
      const td = document.createElement('td');
      const b = document.createElement('button');
      b.type = 'button'; b.className = 'forget'; b.textContent = t('forget');
      b.addEventListener('click', () => forgetDoc(d.doc));
      td.appendChild(b); tr.appendChild(td);
      tbody.appendChild(tr);
    }
    docsShown += r.documents.length;
    docsNext = r.next_cursor;
    $('docs-more').classList.toggle('hidden', !docsNext);
    $('docs-status').textContent = docsNext || r.offset > 0
      ? t('ndocspage', { n: docsShown, total: r.total })
      : t('ndocs', { n: r.total });
  } catch (e) {
    $('docs-status').textContent = t('failed', { msg: e.message });
  }
}

async function forgetDoc(id) {
  if (!window.confirm(t('confirmforget', { id: id.slice(0, 12) }))) return;
  try {
    await api('DELETE', '/v1/admin/documents/' + id);
    await loadDocs();
    $('docs-status').textContent = t('forgotten', { id: id.slice(0, 12) });
  } catch (e) {
    $('docs-status').textContent = t('failed', { msg: e.message });
  }
}

async function search(q) {
  const ol = $('search-results');
  ol.textContent = '';
  try {
    const r = await api('POST', '/v1/search', JSON.stringify({ collection, query: q, k: 10 }),
                        { 'Content-Type': 'application/json' });
    if (!r.results.length) {
      const li = document.createElement('li'); li.textContent = t('noresult'); ol.appendChild(li);
    }
    for (const h of r.results) {
      const li = document.createElement('li');
      li.dataset.doc = h.doc;
      const p = document.createElement('p');
      p.textContent = h.source + ' · ' + h.doc.slice(0, 12) + ' · ' + h.score.toFixed(3);
      const pre = document.createElement('pre'); pre.textContent = h.text;
      li.appendChild(p); li.appendChild(pre); ol.appendChild(li);
    }
  } catch (e) {
    $('docs-status').textContent = t('failed', { msg: e.message });
  }
}

// ---- drop folders ----
function when(s) { return new Date(s * 1000).toISOString().slice(0, 16).replace('T', ' '); }
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}
async function loadFolders() {
  const box = $('folders');
  try {
    const r = await api('GET', '/v1/admin/folders');
    box.textContent = '';
    if (!r.folders.length) $('folders-status').textContent = t('nofolder');
    for (const f of r.folders) {
      const sec = el('section', undefined, 'folder');
      sec.appendChild(el('h3', f.name));
      sec.appendChild(el('h4', t('quarantined') + ' (' + f.quarantined.length + ')'));
      const q = el('ul', undefined, 'quarantine');
      if (!f.quarantined.length) q.appendChild(el('li', t('empty')));
      for (const e of f.quarantined) {
        const li = el('li');
        li.dataset.id = e.id;
        li.appendChild(el('span', e.file + ' — ' + e.reason + ' (' + when(e.when) + ') '));
        const b = el('button', t('retry'), 'retry');
        b.type = 'button';
        b.addEventListener('click', () => retry(f.index, e.id));
        li.appendChild(b);
        q.appendChild(li);
      }
      sec.appendChild(q);
      sec.appendChild(el('h4', t('done') + ' (' + f.done.length + ')'));
      const d = el('ul', undefined, 'done');
      if (!f.done.length) d.appendChild(el('li', t('empty')));
      for (const e of f.done.slice(0, 20)) d.appendChild(el('li', e.file + ' (' + when(e.when) + ')'));
      sec.appendChild(d);
      box.appendChild(sec);
    }
  } catch (e) {
    $('folders-status').textContent = t('failed', { msg: e.message });
  }
}
async function retry(folder, id) {
  try {
    await api('POST', '/v1/admin/folders/retry?folder=' + folder + '&id=' + id);
    $('folders-status').textContent = t('retried');
    await loadFolders();
  } catch (e) {
    $('folders-status').textContent = t('failed', { msg: e.message });
  }
}

// ---- lists: always / never redacted terms ----
function fillTypes() {
  const sel = $('list-type');
  const keep = sel.value || 'PERSON';
  sel.textContent = '';
  for (const k of Object.keys(TYPE_FR)) {
    const o = document.createElement('option');
    o.value = k; o.textContent = typeName(k);
    sel.appendChild(o);
  }
  sel.value = keep;
  sel.disabled = $('list-which').value === 'never';
}
function showLists(r) {
  for (const [id, which, items] of [['always-list', 'always', r.always], ['never-list', 'never', r.never]]) {
    const ul = $(id);
    ul.textContent = '';
    if (!items.length) ul.appendChild(el('li', t('empty')));
    for (const it of items) {
      const term = which === 'always' ? it.term : it;
      const li = el('li');
      li.dataset.term = term;
      li.appendChild(el('span', term, 'term'));
      if (which === 'always') li.appendChild(el('span', ' ' + typeName(it.type), 'type'));
      const b = el('button', t('remove'), 'remove');
      b.type = 'button';
      b.addEventListener('click', () => editList('remove', which, term, null));
      li.appendChild(b);
      ul.appendChild(li);
    }
  }
}
async function loadLists() {
  fillTypes();
  $('always-list').textContent = ''; $('never-list').textContent = '';
  try {
    showLists(await api('GET', '/v1/admin/lists'));
    $('lists-status').textContent = '';
  } catch (e) {
    $('lists-status').textContent = t('failed', { msg: e.message });
  }
}
async function editList(action, list, term, type) {
  const body = { action, list, term };
  if (type) body.type = type;
  try {
    showLists(await api('POST', '/v1/admin/lists', JSON.stringify(body),
                        { 'Content-Type': 'application/json' }));
    $('lists-status').textContent = t(action === 'add' ? 'listadded' : 'listremoved');
    if (action === 'add') $('list-term').value = '';
  } catch (e) {
    $('lists-status').textContent = t('failed', { msg: e.message });
  }
}

function showTab(name) {
  for (const n of ['try', 'docs', 'folders', 'lists']) {
    $('tab-' + n).classList.toggle('active', n === name);
    $(n + '-view').classList.toggle('hidden', n !== name);
  }
  if (name === 'docs') loadDocs();
  if (name === 'folders') loadFolders();
  if (name === 'lists') loadLists();
}

document.addEventListener('DOMContentLoaded', () => {
  translatePage();
  $('lang').addEventListener('click', () => {
    lang = lang === 'fr' ? 'en' : 'fr';
    sessionStorage.setItem('caviar-lang', lang);
    translatePage();
  });
  $('login-form').addEventListener('submit', (e) => { e.preventDefault(); login($('token').value); });
  $('logout').addEventListener('click', logout);
  $('tab-try').addEventListener('click', () => showTab('try'));
  $('tab-docs').addEventListener('click', () => showTab('docs'));
  $('tab-folders').addEventListener('click', () => showTab('folders'));
  $('tab-lists').addEventListener('click', () => showTab('lists'));
  $('list-which').addEventListener('change', fillTypes);
  $('lists-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const term = $('list-term').value.trim();
    if (!term) return;
    const which = $('list-which').value;
    editList('add', which, term, which === 'always' ? $('list-type').value : null);
  });
  $('file').addEventListener('change', (e) => { if (e.target.files[0]) tryFile(e.target.files[0]); });
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault(); drop.classList.remove('over');
    if (e.dataTransfer.files[0]) tryFile(e.dataTransfer.files[0]);
  });
  $('store').addEventListener('click', storeCurrent);
  $('discard').addEventListener('click', () => { discardView(); $('try-status').textContent = t('discarded'); });
  $('docs-more').addEventListener('click', () => loadDocs(true));
  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); search($('search-q').value); });
  if (token) login(token);
});

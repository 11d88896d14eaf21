// gen-names-extract.mjs — prints the first-name and surname lists of the
// @faker-js/faker locales (MIT) as JSON for redact/gen-names.py.
// Usage: cd /tmp && npm pack @faker-js/faker && mkdir -p faker &&
//        tar xzf faker-js-faker-*.tgz -C faker && node gen-names-extract.mjs > names.json
const locs = ['fr','fr_CA','en_CA','en_US','en','en_GB','es','pt_BR','de','it','ar','vi','zh_CN'];
const first = new Set(), last = new Set();
for (const l of locs) {
  let m;
  try { m = await import(`/tmp/faker/package/dist/locale/${l}.js`); } catch(e) { console.error(l, e.message); continue; }
  const f = m.faker || Object.values(m).find(x => x && x.definitions);
  const p = f.rawDefinitions?.person || f.definitions.person;
  const fn = p.first_name; const ln = p.last_name;
  const addAll = (s, v) => { if (!v) return; if (Array.isArray(v)) v.forEach(x=>s.add(x)); else Object.values(v).forEach(a=>Array.isArray(a)&&a.forEach(x=>s.add(x))); };
  addAll(first, fn); addAll(last, ln);
  console.error(l, first.size, last.size);
}
console.log(JSON.stringify({first:[...first], last:[...last]}));

// freetext-faker.mjs — prints the first/last name lists of every locale of
// @faker-js/faker (MIT; pinned 10.6.0 by bench/freetext-pools.py) as JSON.
// Usage: node bench/freetext-faker.mjs /tmp/faker > /tmp/faker-names.json
import fs from 'fs';
const dir = (process.argv[2] || '/tmp/faker') + '/package/dist/locale/';
const out = {};
const flat = v => { const s = new Set(); if (!v) return []; if (Array.isArray(v)) v.forEach(x => s.add(x));
  else Object.values(v).forEach(a => Array.isArray(a) && a.forEach(x => s.add(x))); return [...s]; };
for (const f of fs.readdirSync(dir).sort()) {
  if (!f.endsWith('.js')) continue;
  let m; try { m = await import(dir + f); } catch (e) { continue; }
  const fk = m.faker || Object.values(m).find(x => x && (x.rawDefinitions || x.definitions));
  if (!fk) continue;
  const p = (fk.rawDefinitions && fk.rawDefinitions.person) || (fk.definitions && fk.definitions.person);
  if (!p) continue;
  let fn, ln; try { fn = p.first_name; } catch (e) {} try { ln = p.last_name; } catch (e) {}
  out[f.slice(0, -3)] = {first: flat(fn), last: flat(ln)};
}
console.log(JSON.stringify(out));

#!/usr/bin/env python3
"""eval-dev.py — quick dev-corpus loop for the redaction stage (not the full
pipeline: `caviar eval` is).  Extracts the text of each labelled document
roughly (txt, Windows-1252 txt, HTML tags stripped, e-mail QP decoded,
DOCX/ODT XML stripped, PDFs with pdftotext when available, images from a
directory of Tesseract outputs if given), runs cv-redact-tool, and reports
per-type leaks, decoys kept and content kept.

Usage: redact/eval-dev.py BUILD/redact/cv-redact-tool [CORPUS_DIR] [--ocr DIR] [-v]
A value leaks if it survives with separators changed, or (8+ chars) with one
character changed.  Exits 0 (a report, not a test)."""
import email, html, json, os, quopri, re, shutil, subprocess, sys, unicodedata, zipfile
from collections import Counter

def fold(s):
    s = unicodedata.normalize('NFD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()

def norm(s):
    return re.sub(r'[^0-9a-z@]', '', fold(s))

def leaked(value, out_norm):
    v = norm(value)
    if not v:
        return False
    if v in out_norm:
        return True
    if len(v) >= 8:
        n = len(v)
        # one substitution: compare halves (pigeonhole), then verify
        h = n // 2
        for part, off in ((v[:h], 0), (v[h:], h)):
            start = out_norm.find(part)
            while start != -1:
                b = start - off
                if 0 <= b and b + n <= len(out_norm):
                    cand = out_norm[b:b + n]
                    if sum(1 for x, y in zip(cand, v) if x != y) <= 1:
                        return True
                start = out_norm.find(part, start + 1)
    return False

def strip_xml(data):
    data = re.sub(r'<(w:p|text:p|text:h)(?=[ >/])', '\n<\\1', data)
    data = re.sub(r'<w:tab/>|<text:tab/>', '\t', data)
    data = re.sub(r'<[^>]+>', '', data)
    return html.unescape(data)

def extract(path, fmt, ocr_dir):
    if fmt == 'txt':
        return open(path, encoding='utf-8').read()
    if fmt == 'txt-cp1252':
        return open(path, encoding='cp1252').read()
    if fmt == 'html':
        d = open(path, encoding='utf-8').read()
        d = re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>', '', d)
        d = re.sub(r'</p>|<br\s*/?>', '\n', d)
        return html.unescape(re.sub(r'<[^>]+>', '', d))
    if fmt == 'eml':
        msg = email.message_from_binary_file(open(path, 'rb'))
        parts = []
        for part in msg.walk():
            if part.get_content_type() == 'text/plain':
                parts.append(part.get_payload(decode=True).decode(part.get_content_charset() or 'utf-8'))
        return '\n'.join(parts)
    if fmt == 'docx':
        return strip_xml(zipfile.ZipFile(path).read('word/document.xml').decode())
    if fmt == 'odt':
        return strip_xml(zipfile.ZipFile(path).read('content.xml').decode())
    base = os.path.splitext(os.path.basename(path))[0]
    if ocr_dir and os.path.exists(os.path.join(ocr_dir, base + '.txt')):
        return open(os.path.join(ocr_dir, base + '.txt'), encoding='utf-8').read()
    if fmt.startswith('pdf') and shutil.which('pdftotext'):
        t = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True).stdout.decode()
        if t.strip():
            return t
    return None

def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    verbose = '-v' in sys.argv
    ocr_dir = None
    if '--ocr' in sys.argv:
        ocr_dir = sys.argv[sys.argv.index('--ocr') + 1]
        args.remove(ocr_dir)
    tool = args[0]
    corpus = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'corpus', 'dev')
    tot, leak = Counter(), Counter()
    dec_tot = dec_kept = con_tot = con_kept = 0
    skipped = []
    for line in open(os.path.join(corpus, 'labels.jsonl'), encoding='utf-8'):
        lab = json.loads(line)
        path = os.path.join(corpus, lab['file'])
        text = extract(path, lab['format'], ocr_dir)
        if text is None:
            skipped.append(lab['file'])
            continue
        out = subprocess.run([tool], input=text.encode(), capture_output=True).stdout.decode()
        onorm = norm(out)
        for p in lab['pii']:
            tot[p['type']] += 1
            if leaked(p['value'], onorm):
                leak[p['type']] += 1
                if verbose:
                    print('LEAK', lab['file'], p['type'], repr(p['value']))
        ows = re.sub(r'\s+', ' ', out)
        for d in lab['decoys']:
            dec_tot += 1
            if re.sub(r'\s+', ' ', d) in ows:
                dec_kept += 1
            elif verbose:
                print('DECOY LOST', lab['file'], repr(d))
        for c in lab['content']:
            con_tot += 1
            if re.sub(r'\s+', ' ', c) in ows:
                con_kept += 1
            elif verbose:
                print('CONTENT LOST', lab['file'], repr(c))
    print('type               total leaked recall')
    for t in sorted(tot):
        print('%-18s %5d %6d %6.1f%%' % (t, tot[t], leak[t], 100.0 * (tot[t] - leak[t]) / tot[t]))
    print('decoys kept  %d/%d' % (dec_kept, dec_tot))
    print('content kept %d/%d' % (con_kept, con_tot))
    if skipped:
        print('skipped (no text):', ' '.join(skipped))

main()

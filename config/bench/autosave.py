#!/usr/bin/env python3
# usage: autosave.py BASE_URL USER PASSWORD DIAGNOSIS_ID  (python3-requests; a diagnosis being answered)
# Measures one answer save of the answering page over HTTP, as the page sends it, with and without the tree re-rendered.
import re, sys, time, statistics
from faces_http import Site

site = Site(sys.argv[1])
print('signed in, landed on', site.sign_in(sys.argv[2], sys.argv[3]))
page = site.get('diagnosis/answer.xhtml?id=' + sys.argv[4])
radios = re.findall(r'<input[^>]*type="radio"[^>]*>', page.text)
pairs = []
for radio in radios:
    name = re.search(r'name="([^"]+)"', radio).group(1)
    value = re.search(r'value="([^"]+)"', radio).group(1)
    if 'disabled' not in radio and value != 'NOT_INVOLVED':
        pairs.append((name, value))
print('page', page.status_code, len(page.content), 'bytes,', len(radios), 'radios')
small = 'answer:progress answer:level-progress answer:messages answer:stale answer:submit-bar'
for label, render in (('with the tree (before)', small + ' answer:tree'), ('without the tree (now)', small)):
    sizes, times = [], []
    for i in range(40):
        name, value = pairs[i % len(pairs)]
        t = time.perf_counter()
        r = site.ajax('diagnosis/answer.xhtml', page, name, name, render,
                      {name: value, 'jakarta.faces.behavior.event': 'valueChange', 'jakarta.faces.partial.event': 'change'},
                      'answer')
        times.append((time.perf_counter() - t) * 1000)
        sizes.append(len(r.content))
        if r.status_code != 200 or '<error' in r.text or 'ui-messages-error' in r.text:
            print('failed', r.status_code, r.text[:300]); break
    print('%-24s %6d bytes, median %.1f ms, p95 %.1f ms' % (label, statistics.median(sizes), statistics.median(times),
                                                            sorted(times)[int(len(times) * 0.95) - 1]))

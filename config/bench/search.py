#!/usr/bin/env python3
# usage: search.py BASE_URL USER PASSWORD TEXT...  (python3-requests)
# Times the support back office's enterprise search over HTTP (the page's own ajax request), per kind of text.
import re, sys, time, statistics
from faces_http import Site

site = Site(sys.argv[1])
site.sign_in(sys.argv[2], sys.argv[3])
page = site.get('support/enterprises.xhtml')
print('signed in:', page.status_code, 'search page', len(page.content), 'bytes')
for term in sys.argv[4:]:
    times, rows = [], 0
    for i in range(12):
        t = time.perf_counter()
        r = site.ajax('support/enterprises.xhtml', page, 'search:submit', 'search', 'search',
                      {'search:text': term, 'search:submit': 'search:submit'}, 'search')
        times.append((time.perf_counter() - t) * 1000)
        if r.status_code != 200 or '<error' in r.text:
            print('failed', r.status_code, r.text[:300]); break
        rows = len(re.findall(r'class="enterprise-name"', r.text))
    times = times[2:]  # the first two warm the caches
    print('%-22s %2d rows  median %7.1f ms  max %7.1f ms' % (term, rows, statistics.median(times), max(times)))

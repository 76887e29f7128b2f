#!/usr/bin/env python3
# usage: compression.py BASE_URL USER PASSWORD DIAGNOSIS_ID  (python3-requests; a diagnosis being answered)
# What gzip (config/bin/http-protocol) saves and costs per kind of response: the bytes on the wire without and with
# it, and the median time of a request each way, taken in turns so both see the same machine.
import re, sys, time, statistics
from faces_http import AJAX_HEADERS, Site, ajax_data

ROUNDS = 30
site = Site(sys.argv[1])
print('signed in, landed on', site.sign_in(sys.argv[2], sys.argv[3]))
answer_page = site.get('diagnosis/answer.xhtml?id=' + sys.argv[4])
radio = next(r for r in re.findall(r'<input[^>]*type="radio"[^>]*>', answer_page.text)
             if 'disabled' not in r and 'NOT_INVOLVED' not in r)
name, value = re.search(r'name="([^"]+)"', radio).group(1), re.search(r'value="([^"]+)"', radio).group(1)
save = ajax_data(answer_page, name, name, 'answer:progress answer:level-progress answer:messages answer:stale answer:submit-bar',
                 {name: value, 'jakarta.faces.behavior.event': 'valueChange', 'jakarta.faces.partial.event': 'change'},
                 'answer')
resources = re.findall(r'(?:src|href)="/(jakarta\.faces\.resource/[^"]+\.(?:js|css)[^"]*)"', answer_page.text)
script = next(r for r in resources if 'core.js' in r or 'components.js' in r)
sheet = next(r for r in resources if '.css' in r)

kinds = [('login page (anonymous)', 'GET', 'account/login.xhtml', None),
         ('answering page', 'GET', 'diagnosis/answer.xhtml?id=' + sys.argv[4], None),
         ('answer save (partial response)', 'POST', 'diagnosis/answer.xhtml', save),
         ('model API, /api/v1/models/current', 'GET', 'api/v1/models/current', None),
         ('PrimeFaces script ' + script.split('?')[0].rsplit('/', 1)[-1], 'GET', script.replace('&amp;', '&'), None),
         ('style sheet ' + sheet.split('?')[0].rsplit('/', 1)[-1], 'GET', sheet.replace('&amp;', '&'), None)]


def once(method, path, data, encoding):
    headers = {'Accept-Encoding': encoding}
    if data:
        headers.update(AJAX_HEADERS)
    start = time.perf_counter()
    r = site.session.request(method, site.base + path, data=data, headers=headers, stream=True)
    wire = r.raw.read(decode_content=False)
    elapsed = (time.perf_counter() - start) * 1000
    if r.status_code != 200:
        raise SystemExit('%s %s: %d' % (method, path, r.status_code))
    return len(wire), elapsed, r.headers.get('Content-Encoding', '')


print('%-40s %10s %10s %6s %10s %10s' % ('', 'plain B', 'gzip B', 'ratio', 'plain ms', 'gzip ms'))
for label, method, path, data in kinds:
    plain, gzipped, coding = [], [], ''
    for _ in range(ROUNDS):
        plain.append(once(method, path, data, 'identity'))
        size, ms, coding = once(method, path, data, 'gzip, deflate')
        gzipped.append((size, ms, coding))
    if coding != 'gzip':
        print('%-40s not compressed (Content-Encoding %r)' % (label, coding))
        continue
    p_size, g_size = statistics.median(s for s, _, _ in plain), statistics.median(s for s, _, _ in gzipped)
    print('%-40s %10d %10d %5.0f%% %10.1f %10.1f' % (label, p_size, g_size, 100 * g_size / p_size,
                                                   statistics.median(ms for _, ms, _ in plain),
                                                   statistics.median(ms for _, ms, _ in gzipped)))

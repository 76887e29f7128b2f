"""What the interim benchmarks share: a session that signs in and sends a page's Faces ajax requests as PrimeFaces does."""
import re
import requests

VIEW_STATE = re.compile(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')
AJAX_HEADERS = {'Faces-Request': 'partial/ajax', 'X-Requested-With': 'XMLHttpRequest'}


def ajax_data(page, source, execute, render, fields, form):
    """The fields PrimeFaces posts for a partial request from a page: its view state and script nonce, and the form's."""
    nonce = re.search(r"'nonce-([^']+)'", page.headers.get('Content-Security-Policy', ''))
    data = {'jakarta.faces.partial.ajax': 'true', 'jakarta.faces.source': source,
            'jakarta.faces.partial.execute': execute, 'jakarta.faces.partial.render': render, form: form,
            'jakarta.faces.ViewState': VIEW_STATE.search(page.text).group(1),
            'primefaces.nonce': nonce.group(1) if nonce else ''}
    data.update(fields)
    return data


class Site:
    def __init__(self, base):
        self.base = base
        self.session = requests.Session()

    def get(self, path):
        return self.session.get(self.base + path)

    def ajax(self, path, page, source, execute, render, fields, form):
        """A partial request from a page (its view state and script nonce), with the form's fields."""
        return self.session.post(self.base + path, data=ajax_data(page, source, execute, render, fields, form),
                                 headers=AJAX_HEADERS)

    def sign_in(self, user, password):
        login = self.get('account/login.xhtml')
        answer = self.ajax('account/login.xhtml', login, 'login:submit', '@all', 'login',
                           {'login:userName': user, 'login:password': password, 'login:submit': 'login:submit'}, 'login')
        redirect = re.search(r'<redirect url="([^"]+)"', answer.text)
        if not redirect or 'login' in redirect.group(1):
            raise SystemExit('could not sign in as ' + user)
        return redirect.group(1)

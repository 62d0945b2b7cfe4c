# A tiny web application tested without a network: a WSGI app with routing, cookies and JSON, driven by
# wsgiref's handlers over in-memory streams, plus http.cookies, http.HTTPStatus, email-style headers
# and urllib.request.Request objects as a client would build them.
import io
import json
import sys
from http import HTTPStatus, cookies
from http.client import responses, parse_headers
from urllib.parse import parse_qs, urlencode
from urllib.request import Request
from wsgiref.handlers import SimpleHandler
from wsgiref.headers import Headers
from wsgiref.util import setup_testing_defaults, request_uri, application_uri, shift_path_info
from wsgiref.validate import validator

TODOS = {1: {'id': 1, 'title': 'write tests', 'done': False}}

def json_response(start_response, status, payload, extra=()):
    body = json.dumps(payload, sort_keys=True).encode()
    headers = [('Content-Type', 'application/json'), ('Content-Length', str(len(body)))] + list(extra)
    start_response(f'{status.value} {status.phrase}', headers)
    return [body]

def app(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    method = environ['REQUEST_METHOD']
    jar = cookies.SimpleCookie(environ.get('HTTP_COOKIE', ''))
    visits = int(jar['visits'].value) + 1 if 'visits' in jar else 1
    out = cookies.SimpleCookie()
    out['visits'] = str(visits)
    out['visits']['path'] = '/'
    out['visits']['max-age'] = 3600
    out['visits']['httponly'] = True
    set_cookie = ('Set-Cookie', out['visits'].OutputString())
    if path == '/todos' and method == 'GET':
        qs = parse_qs(environ.get('QUERY_STRING', ''))
        items = sorted(TODOS.values(), key=lambda t: t['id'])
        if qs.get('done') == ['1']:
            items = [t for t in items if t['done']]
        return json_response(start_response, HTTPStatus.OK, {'items': items, 'visits': visits}, [set_cookie])
    if path == '/todos' and method == 'POST':
        length = int(environ.get('CONTENT_LENGTH') or 0)
        try:
            data = json.loads(environ['wsgi.input'].read(length) or b'null')
            title = data['title']
        except (ValueError, KeyError, TypeError) as e:
            return json_response(start_response, HTTPStatus.BAD_REQUEST, {'error': type(e).__name__})
        new_id = max(TODOS) + 1
        TODOS[new_id] = {'id': new_id, 'title': title, 'done': False}
        return json_response(start_response, HTTPStatus.CREATED, TODOS[new_id], [('Location', f'/todos/{new_id}')])
    if path.startswith('/todos/') and method == 'DELETE':
        try:
            del TODOS[int(path.rsplit('/', 1)[1])]
        except (KeyError, ValueError):
            return json_response(start_response, HTTPStatus.NOT_FOUND, {'error': 'no such todo'})
        start_response('204 No Content', [])
        return [b'']
    if path == '/boom':
        raise RuntimeError('handler exploded')
    return json_response(start_response, HTTPStatus.NOT_FOUND, {'error': f'no route {method} {path}'})

def call(method, path, body=b'', cookie=None, content_type='application/json'):
    path, _, query = path.partition('?')
    environ = {'REQUEST_METHOD': method, 'PATH_INFO': path, 'QUERY_STRING': query, 'SERVER_NAME': 'test.local',
               'SERVER_PORT': '8080', 'CONTENT_LENGTH': str(len(body)), 'CONTENT_TYPE': content_type,
               'SERVER_PROTOCOL': 'HTTP/1.1', 'SCRIPT_NAME': ''}
    if cookie:
        environ['HTTP_COOKIE'] = cookie
    setup_testing_defaults(environ)
    stdout, stderr = io.BytesIO(), io.StringIO()
    handler = SimpleHandler(io.BytesIO(body), stdout, stderr, environ, multithread=False, multiprocess=False)
    handler.server_software = 'TestServer/1.0'
    handler.http_version = '1.1'
    handler.origin_server = True
    handler.run(validator(app))
    raw = stdout.getvalue()
    head, _, payload = raw.partition(b'\r\n\r\n')
    lines = head.decode('latin-1').split('\r\n')
    print(f'{method} {path}{"?" + query if query else ""} -> {lines[0]}')
    for line in lines[1:]:
        if not line.startswith('Date:'):
            print('   ', line)
    print('    body:', payload[:120])
    if stderr.getvalue():
        err = stderr.getvalue().splitlines()
        print('    stderr:', err[0], '...', err[-1])
    return lines, payload

call('GET', '/todos')
call('GET', '/todos?done=1', cookie='visits=4; theme=dark')
call('POST', '/todos', json.dumps({'title': 'ship it'}).encode())
call('POST', '/todos', b'{"nope": 1}')
call('POST', '/todos', b'not json')
call('GET', '/todos', cookie='visits=9')
call('DELETE', '/todos/1')
call('DELETE', '/todos/99')
call('GET', '/missing')
call('GET', '/boom')

env = {}
setup_testing_defaults(env)
print(sorted(k for k in env if not k.startswith('wsgi.')), request_uri(env), application_uri(env))
env['PATH_INFO'] = '/a/b/c'
print(shift_path_info(env), env['SCRIPT_NAME'], env['PATH_INFO'])
h = Headers([('Content-Type', 'text/plain')])
h.add_header('Content-Disposition', 'attachment', filename='r.csv')
h['X-Count'] = '3'
h.setdefault('X-Count', '4')
print(str(h).strip().splitlines(), h.get_all('content-type'), len(h), 'x-count' in h)

c = cookies.SimpleCookie()
c.load('session="abc\\"def"; Path=/; theme=dark; empty=')
print(sorted((k, m.value) for k, m in c.items()), c['session']['path'], repr(c['theme']))
c['quoted'] = 'has space;semi'
c['quoted']['expires'] = 'Thu, 01 Jan 2026 00:00:00 GMT'
c['quoted']['samesite'] = 'Lax'
print(c.output(sep='\n'))
print(c.js_output().count('document.cookie'))
try:
    c['bad key'] = 'x'
except cookies.CookieError as e:
    print('CookieError', e)
try:
    c['quoted']['nonsense'] = 1
except cookies.CookieError as e:
    print('CookieError', e)

print(HTTPStatus(418), HTTPStatus.NOT_FOUND.phrase, HTTPStatus.TOO_MANY_REQUESTS.description, int(HTTPStatus.CREATED), HTTPStatus.OK.is_success, HTTPStatus(503).is_server_error)
print(responses[404], responses[301], len(responses) > 50)
try:
    HTTPStatus(299)
except ValueError as e:
    print('ValueError', e)
msg = parse_headers(io.BytesIO(b'Content-Type: text/html; charset=utf-8\r\nX-A: 1\r\nX-A: 2\r\n\r\n'))
print(msg.get_content_type(), msg.get_param('charset'), msg.get_all('X-A'), type(msg).__name__)

req = Request('https://api.example.com/v1/items?limit=5', data=urlencode({'q': 'a b'}).encode(), headers={'X-Token': 't0k'}, method='PUT')
req.add_header('accept', 'application/json')
print(req.full_url, req.type, req.host, req.selector, req.get_method(), sorted(req.header_items()), req.data, req.has_header('X-token'), req.has_header('Accept'))
req.full_url = 'http://other.example/path#frag'
print(req.full_url, req.fragment, req.host, Request('http://h/').get_method(), Request('http://h/', data=b'x').get_method())
try:
    Request('not a url')
except ValueError as e:
    print('ValueError', e)

# A mail tool: builds messages with email.message.EmailMessage (plain, alternative, attachments) with a
# fixed boundary, serialises them with different policies, parses them back from strings and walks
# their parts, and decodes encoded headers.
import email
import email.policy
from email import message_from_string, message_from_bytes
from email.message import EmailMessage
from email.headerregistry import Address
from email.parser import Parser, BytesParser
from email.utils import formataddr, parseaddr, getaddresses, formatdate, parsedate_to_datetime, make_msgid, quote, unquote
from email.header import Header, decode_header, make_header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication

msg = EmailMessage()
msg['Subject'] = 'Quarterly report'
msg['From'] = Address('Ann Lee', 'ann', 'example.com')
msg['To'] = (Address('Bob', 'bob@example.org'), Address('Cé Dupont', 'ce@example.fr'))
msg['Date'] = 'Tue, 01 Oct 2024 09:30:00 +0000'
msg['Message-ID'] = '<report-1@example.com>'
msg.set_content('Hi all,\n\nThe report is attached.\n\nAnn\n')
print(msg.as_string())
print('---')
print(msg['to'], '|', msg['to'].addresses[1].display_name, msg['to'].addresses[1].domain)
print(msg.get_content_type(), msg.get_content_charset(), msg.is_multipart())

msg.add_alternative('<p>Hi all,</p><p>The report is <b>attached</b>.</p>', subtype='html')
msg.add_attachment(b'col1,col2\n1,2\n3,4\n', maintype='text', subtype='csv', filename='report.csv')
msg.add_attachment(bytes(range(40)), maintype='application', subtype='octet-stream', filename='blob.bin')
msg.set_boundary('===BOUNDARY-OUTER===')
for i, part in enumerate(msg.iter_parts()):
    if part.is_multipart():
        part.set_boundary(f'===BOUNDARY-{i}===')
text = msg.as_string()
print(text)
print('---')
print([p.get_content_type() for p in msg.walk()])
print([(a.get_filename(), a.get_content_type()) for a in msg.iter_attachments()])
body = msg.get_body(preferencelist=('plain', 'html'))
print(body.get_content_type(), repr(body.get_content()))
print(msg.get_body(preferencelist=('html',)).get_content().strip())

parsed = message_from_string(text, policy=email.policy.default)
print(parsed['subject'], parsed['from'].addresses[0].username, parsed.get_boundary())
for part in parsed.walk():
    cd = part.get_content_disposition()
    print(' ', part.get_content_type(), cd, part.get_filename(), len(part.get_payload(decode=True) or b''))
att = [p for p in parsed.iter_attachments()]
print(att[0].get_content(), att[1].get_content()[:8])

legacy = MIMEMultipart('mixed', boundary='legacy-bnd')
legacy['Subject'] = 'Legacy'
legacy['From'] = formataddr(('Zoë Admin', 'zoe@example.com'))
legacy.attach(MIMEText('plain body\n', 'plain', 'utf-8'))
legacy.attach(MIMEText('<i>html</i>', 'html'))
app = MIMEApplication(b'\x00\x01binary', Name='x.bin')
app.add_header('Content-Disposition', 'attachment', filename='x.bin')
legacy.attach(app)
print(legacy.as_string())
print('---')

raw = (b'From: =?utf-8?q?J=C3=BCrgen?= <j@example.de>\r\n'
       b'To: a@example.com, "Smith, Bob" <b@example.com>\r\n'
       b'Subject: =?iso-8859-1?q?Caf=E9_menu?= and =?utf-8?b?8J+NlQ==?=\r\n'
       b'Content-Type: text/plain; charset="utf-8"; format=flowed\r\n'
       b'Content-Transfer-Encoding: quoted-printable\r\n'
       b'X-Priority: 1\r\n'
       b'\r\n'
       b'Gr=C3=BC=C3=9Fe aus M=C3=BCnchen=\r\n'
       b' und Wien.\r\n')
compat = message_from_bytes(raw)
print(compat['Subject'])
print(decode_header(compat['Subject']))
print(str(make_header(decode_header(compat['Subject']))))
print(repr(compat.get_payload(decode=True).decode('utf-8')))
print(compat.get_param('format'), compat.get_params(), compat.get_content_maintype())
modern = BytesParser(policy=email.policy.default).parsebytes(raw)
print(modern['subject'], '|', modern['from'].addresses[0].display_name)
print(repr(modern.get_content()))
print(getaddresses([compat['To']]))
print(parseaddr('"Q, R" <qr@example.com>'), parseaddr('broken <'), formataddr(('A "B"', 'ab@x.y')))
print(parsedate_to_datetime('Tue, 01 Oct 2024 09:30:00 +0200'))
print(formatdate(0, usegmt=True), formatdate(86400 * 365))
print(make_msgid(idstring='x', domain='example.com').endswith('.x@example.com>'))
print(quote('a"b\\c'), unquote('"quoted"'))
h = Header('Ünïcödé subject that is quite long and needs folding across lines', 'utf-8')
print(h.encode())
print(Header('plain ascii', 'us-ascii').encode())

print(msg.as_string(policy=email.policy.SMTP).count('\r\n') > 10)
print(bytes(EmailMessage(policy=email.policy.SMTPUTF8)) == b'\r\n')
m2 = EmailMessage()
m2['Subject'] = 'x' * 30 + ' ' + 'y' * 30 + ' ' + 'z' * 30
m2.set_content('short')
print(m2.as_string(maxheaderlen=40))
try:
    m2['Subject'] = 'dup'
except ValueError as e:
    print('ValueError', e)
del m2['Subject']
m2['Subject'] = 'replaced'
print(m2.keys(), m2.items()[0])
try:
    EmailMessage()['To'] = 'not an address @@'
except Exception as e:
    print(type(e).__name__)
print(Parser().parsestr('Subject: hi\n\nbody\n', headersonly=True).get_payload())
print(email.message_from_string('X: 1\nX: 2\n\n').get_all('x'))

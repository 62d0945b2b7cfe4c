"""Mail merge: build personalised MIME messages with the email package, then parse and summarise them."""
import csv
import io
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formataddr, parseaddr, format_datetime, getaddresses
from datetime import datetime, timezone
from string import Template

RECIPIENTS = """name,email,plan,due
Ada Lovelace,ada@example.org,pro,42.50
Grace Hopper,grace@navy.example,free,0
Jürgen Müller,juergen@example.de,team,120.00
"""

BODY = Template("""Hello $first,

Your $plan plan renews on $date.$extra

-- 
The Billing Robot
""")

SENDER = Address("Billing Robot", "billing", "example.com")
SENT = datetime(2024, 5, 17, 9, 30, tzinfo=timezone.utc)


def build(row):
    msg = EmailMessage()
    first = row["name"].split()[0]
    msg["Subject"] = f"Your {row['plan'].title()} plan — renewal notice"
    msg["From"] = SENDER
    msg["To"] = formataddr((row["name"], row["email"]))
    msg["Date"] = format_datetime(SENT)
    msg["Message-ID"] = f"<renewal-{row['email'].split('@')[0]}@example.com>"
    due = float(row["due"])
    extra = f"\nAmount due: ${due:.2f}" if due else "\nNothing to pay on the free plan."
    msg.set_content(BODY.substitute(first=first, plan=row["plan"], date="2024-06-01", extra=extra))
    if due:
        html = f"<p>Hello {first}, amount due: <b>${due:.2f}</b></p>"
        msg.add_alternative(html, subtype="html")
        invoice = f"INVOICE\n{row['name']}\t{due:.2f}\n".encode("utf-8")
        msg.add_attachment(invoice, maintype="text", subtype="plain", filename=f"invoice-{first.lower()}.txt")
    return msg


messages = [build(row) for row in csv.DictReader(io.StringIO(RECIPIENTS))]
for m in messages:
    print(m["To"], "|", m["Subject"], "|", m.get_content_type(), m.is_multipart())
    for part in m.walk():
        disp = part.get_content_disposition()
        print("   ", part.get_content_type(), disp or "-", part.get_filename() or "")

raw = messages[0].as_bytes(policy=policy.SMTP)
print(len(raw) > 500, raw.count(b"\r\n") > 20, raw.splitlines()[0][:20])
parsed = BytesParser(policy=policy.default).parsebytes(raw)
print(parsed["subject"], "|", parsed["from"], "|", parsed["to"].addresses[0].display_name)
body = parsed.get_body(preferencelist=("plain",))
print(body.get_content().splitlines()[:4])
html_part = parsed.get_body(preferencelist=("html",))
print(html_part.get_content().strip())
for att in parsed.iter_attachments():
    print("attachment:", att.get_filename(), att.get_content().split("\n")[1])

umlaut = messages[2]
header_text = umlaut.as_string().split("\n\n")[0]
print([line for line in header_text.splitlines() if line.startswith(("To:", "Subject:"))])
print(parseaddr("Grace Hopper <grace@navy.example>"), getaddresses(["a@b.c, Bob <bob@x.y>"]))
print(formataddr(("Zoë", "zoe@example.org")), SENDER, SENDER.username, SENDER.domain)
simple = EmailMessage()
simple["X-Priority"] = "1"
simple.set_content("short")
print(simple.keys(), simple["Content-Transfer-Encoding"], simple.get_content_charset())
print(str.__doc__.splitlines()[0], (3).__doc__.split("\n")[0], [].__doc__ == list.__doc__, None.__doc__)

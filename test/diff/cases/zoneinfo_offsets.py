# ZoneInfo offsets from real TZif data (Europe/Paris, America/New_York, Australia/Lord_Howe with its
# half-hour DST, Asia/Tokyo without DST), written to a private TZPATH directory: transitions with
# their gaps and folds, times before the first transition and long after the last one (the POSIX TZ
# footer), fromutc/astimezone, datetime.time and datetime subclasses.
import base64, os, shutil, zoneinfo
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

EUROPE_PARIS = (
    "VFppZjIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUWmlmMgAAAAAAAAAAAAAAAAAAAAAAAA0AAAAN"
    "AAAAAAAAALgAAAANAAAAH/////9ryZvP/////5FgUE//////m0d48P////+b1yxw/////5y8kXD/////ncBI8P////+eif5w"
    "/////5+gKvD/////oGCl8P////+hgAzw/////6IuEvD/////o3pM8P////+kNYHw/////6VeI3D/////piU18P////+nJ5vw"
    "/////6hYJnD/////qQd98P////+p7jRw/////6rnX/D/////q9dQ8P////+sx0Hw/////63Jp/D/////rqcj8P////+voE9w"
    "/////7CHBfD/////sYlr8P////+ycCJw/////7NyiHD/////tFAEcP////+1SS/w/////7Yv5nD/////tzJMcP////+4D8hw"
    "/////7j/uXD/////ue+qcP////+61mDw/////7vYxvD/////vMi38P////+9uKjw/////76fX3D/////v5iK8P/////AmvDw"
    "/////8F4bPD/////wmhd8P/////DWE7w/////8Q/BXD/////xTgw8P/////GOpbw/////8dYrHD/////x9oJoP/////IbCfg"
    "/////8znSxD/////zakXkP/////OokMQ/////8+SNBD/////0E/h4P/////QifHw/////9FyFhD/////0k5AkAAAAAALuzkA"
    "AAAAAAyrG/AAAAAADaRjkAAAAAAOixoQAAAAAA+ERZAAAAAAEHQ2kAAAAAARZCeQAAAAABJUGJAAAAAAE01EEAAAAAAUM/qQ"
    "AAAAABUj65AAAAAAFhPckAAAAAAXA82QAAAAABfzvpAAAAAAGOOvkAAAAAAZ06CQAAAAABrDkZAAAAAAG7y9EAAAAAAcrK4Q"
    "AAAAAB2cnxAAAAAAHoyQEAAAAAAffIEQAAAAACBschAAAAAAIVxjEAAAAAAiTFQQAAAAACM8RRAAAAAAJCw2EAAAAAAlHCcQ"
    "AAAAACYMGBAAAAAAJwVDkAAAAAAn9TSQAAAAACjlJZAAAAAAKdUWkAAAAAAqxQeQAAAAACu0+JAAAAAALKTpkAAAAAAtlNqQ"
    "AAAAAC6Ey5AAAAAAL3S8kAAAAAAwZK2QAAAAADFd2RAAAAAAMnK0EAAAAAAzPbsQAAAAADRSlhAAAAAANR2dEAAAAAA2MngQ"
    "AAAAADb9fxAAAAAAOBuUkAAAAAA43WEQAAAAADn7dpAAAAAAOr1DEAAAAAA721iQAAAAADymX5AAAAAAPbs6kAAAAAA+hkGQ"
    "AAAAAD+bHJAAAAAAQGYjkAAAAABBhDkQAAAAAEJGBZAAAAAAQ2QbEAAAAABEJeeQAAAAAEVD/RAAAAAARgXJkAAAAABHI98Q"
    "AAAAAEfu5hAAAAAASQPBEAAAAABJzsgQAAAAAErjoxAAAAAAS66qEAAAAABMzL+QAAAAAE2OjBAAAAAATqyhkAAAAABPbm4Q"
    "AAAAAFCMg5AAAAAAUVeKkAAAAABSbGWQAAAAAFM3bJAAAAAAVExHkAAAAABVF06QAAAAAFYsKZAAAAAAVvcwkAAAAABYFUYQ"
    "AAAAAFjXEpAAAAAAWfUoEAAAAABatvSQAAAAAFvVChAAAAAAXKAREAAAAABdtOwQAAAAAF5/8xAAAAAAX5TOEAAAAABgX9UQ"
    "AAAAAGF96pAAAAAAYj+3EAAAAABjXcyQAAAAAGQfmRAAAAAAZT2ukAAAAABmCLWQAAAAAGcdkJAAAAAAZ+iXkAAAAABo/XKQ"
    "AAAAAGnIeZAAAAAAat1UkAAAAABrqFuQAAAAAGzGcRAAAAAAbYg9kAAAAABuplMQAAAAAG9oH5AAAAAAcIY1EAAAAABxUTwQ"
    "AAAAAHJmFxAAAAAAczEeEAAAAAB0RfkQAAAAAHURABAAAAAAdi8VkAAAAAB28OIQAAAAAHgO95AAAAAAeNDEEAAAAAB57tmQ"
    "AAAAAHqwphAAAAAAe867kAAAAAB8mcKQAAAAAH2unZAAAAAAfnmkkAAAAAB/jn+QAQUCAwIDAgMCAwIDAgMCAwIDAgMCAwID"
    "AgMCAwIDAgMCAwIDAgMCAwIDAgMCAwIDAgMECAYHBgcJBAkKCAoLDAsMCwwLDAsMCwwLDAsMCwwLDAsMCwwLDAsMCwwLDAsM"
    "CwwLDAsMCwwLDAsMCwwLDAsMCwwLDAsMCwwLDAsMCwwLDAsMCwwLDAsMCwwLDAsMCwwLDAsMCwwLDAsMCwwLDAsMCwwLDAsM"
    "CwwLDAsMCwwLDAsMCwwLDAAAAjEAAAAAAjEABAAADhABCAAAAAAADQAADhABCAAAAAAADQAADhAAEQAAHCABFQAAHCABFQAA"
    "HCABGgAADhAAEQAAHCABFQAADhAAEUxNVABQTVQAV0VTVABXRVQAQ0VUAENFU1QAV0VNVAAAAAEBAAABAQAAAAEBAAAAAAAA"
    "AAAAAAABAQpDRVQtMUNFU1QsTTMuNS4wLE0xMC41LjAvMwo="
)
AMERICA_NEW_YORK = (
    "VFppZjIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUWmlmMgAAAAAAAAAAAAAAAAAAAAAAAAYAAAAG"
    "AAAAAAAAAOwAAAAGAAAAFP////9eA/CQ/////56mHnD/////n7rrYP////+ghgBw/////6GazWD/////omXicP////+jg+ng"
    "/////6RqrnD/////pTWnYP////+mU8rw/////6cViWD/////qDOs8P////+o/qXg/////6oTjvD/////qt6H4P////+r83Dw"
    "/////6y+aeD/////rdNS8P////+unkvg/////6+zNPD/////sH4t4P////+xnFFw/////7JnSmD/////s3wzcP////+0Ryxg"
    "/////7VcFXD/////ticOYP////+3O/dw/////7gG8GD/////uRvZcP////+55tJg/////7sE9fD/////u8a0YP////+85Nfw"
    "/////72v0OD/////vsS58P////+/j7Lg/////8Ckm/D/////wW+U4P/////ChH3w/////8NPduD/////xGRf8P/////FL1jg"
    "/////8ZNfHD/////xw864P/////ILV5w/////8j4V2D/////yg1AcP/////K2Dlg/////8uI8HD/////0iP0cP/////SYPvg"
    "/////9N15PD/////1EDd4P/////VVcbw/////9Ygv+D/////1zWo8P/////YAKHg/////9kVivD/////2eCD4P/////a/qdw"
    "/////9vAZeD/////3N6JcP/////dqYJg/////96+a3D/////34lkYP/////gnk1w/////+FpRmD/////4n4vcP/////jSShg"
    "/////+ReEXD/////5Vcu4P/////mRy3w/////+c3EOD/////6CcP8P/////pFvLg/////+oG8fD/////6vbU4P/////r5tPw"
    "/////+zWtuD/////7ca18P/////uv9Ng/////++v0nD/////8J+1YP/////xj7Rw//////J/l2D/////82+WcP/////0X3lg"
    "//////VPeHD/////9j9bYP/////3L1pw//////god+D/////+Q88cP/////6CFng//////r4WPD/////++g74P/////82Drw"
    "//////3IHeD//////rgc8P//////p//gAAAAAACX/vAAAAAAAYfh4AAAAAACd+DwAAAAAANw/mAAAAAABGD9cAAAAAAFUOBg"
    "AAAAAAZA33AAAAAABzDCYAAAAAAHjRlwAAAAAAkQpGAAAAAACa2U8AAAAAAK8IZgAAAAAAvghXAAAAAADNmi4AAAAAANwGdw"
    "AAAAAA65hOAAAAAAD6mD8AAAAAAQmWbgAAAAABGJZfAAAAAAEnlI4AAAAAATaUfwAAAAABRZKuAAAAAAFUkp8AAAAAAWOQzg"
    "AAAAABcpC/AAAAAAGCIpYAAAAAAZCO3wAAAAABoCC2AAAAAAGvIKcAAAAAAb4e1gAAAAABzR7HAAAAAAHcHPYAAAAAAesc5w"
    "AAAAAB+hsWAAAAAAIHYA8AAAAAAhgZNgAAAAACJV4vAAAAAAI2qv4AAAAAAkNcTwAAAAACVKkeAAAAAAJhWm8AAAAAAnKnPg"
    "AAAAACf+w3AAAAAAKQpV4AAAAAAp3qVwAAAAACrqN+AAAAAAK76HcAAAAAAs01RgAAAAAC2eaXAAAAAALrM2YAAAAAAvfktw"
    "AAAAADCTGGAAAAAAMWdn8AAAAAAycvpgAAAAADNHSfAAAAAANFLcYAAAAAA1JyvwAAAAADYyvmAAAAAANwcN8AAAAAA4G9rg"
    "AAAAADjm7/AAAAAAOfu84AAAAAA6xtHwAAAAADvbnuAAAAAAPK/ucAAAAAA9u4DgAAAAAD6P0HAAAAAAP5ti4AAAAABAb7Jw"
    "AAAAAEGEf2AAAAAAQk+UcAAAAABDZGFgAAAAAEQvdnAAAAAARURDYAAAAABF86jwAAAAAEctX+AAAAAAR9OK8AAAAABJDUHg"
    "AAAAAEmzbPAAAAAASu0j4AAAAABLnIlwAAAAAEzWQGAAAAAATXxrcAAAAABOtiJgAAAAAE9cTXAAAAAAUJYEYAAAAABRPC9w"
    "AAAAAFJ15mAAAAAAUxwRcAAAAABUVchgAAAAAFT783AAAAAAVjWqYAAAAABW5Q/wAAAAAFgexuAAAAAAWMTx8AAAAABZ/qjg"
    "AAAAAFqk0/AAAAAAW96K4AAAAABchLXwAAAAAF2+bOAAAAAAXmSX8AAAAABfnk7gAAAAAGBNtHAAAAAAYYdrYAAAAABiLZZw"
    "AAAAAGNnTWAAAAAAZA14cAAAAABlRy9gAAAAAGXtWnAAAAAAZycRYAAAAABnzTxwAAAAAGkG82AAAAAAaa0ecAAAAABq5tVg"
    "AAAAAGuWOvAAAAAAbM/x4AAAAABtdhzwAAAAAG6v0+AAAAAAb1X+8AAAAABwj7XgAAAAAHE14PAAAAAAcm+X4AAAAABzFcLw"
    "AAAAAHRPeeAAAAAAdP7fcAAAAAB2OJZgAAAAAHbewXAAAAAAeBh4YAAAAAB4vqNwAAAAAHn4WmAAAAAAep6FcAAAAAB72Dxg"
    "AAAAAHx+Z3AAAAAAfbgeYAAAAAB+XklwAAAAAH+YAGADAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIB"
    "AgECAQIBAgECBAUCAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgEC"
    "AQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgEC"
    "AQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAgECAQIBAv//up4AAP//x8ABBP//ubAACP//"
    "ubAACP//x8ABDP//x8ABEExNVABFRFQARVNUAEVXVABFUFQAAAAAAQABAAAAAQABCkVTVDVFRFQsTTMuMi4wLE0xMS4xLjAK"
)
AUSTRALIA_LORD_HOWE = (
    "VFppZjIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUWmlmMgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    "AAAAAAAAAHQAAAAFAAAAGf////9zFnfcAAAAABT+ZuAAAAAAFjhA+AAAAAAW54poAAAAABghXXgAAAAAGMdsaAAAAAAaAT94"
    "AAAAABqnTmgAAAAAG+EheAAAAAAchzBoAAAAAB3BA3gAAAAAHnmOcAAAAAAfl6r4AAAAACBZcHAAAAAAIYDHeAAAAAAiQozw"
    "AAAAACNp4/gAAAAAJCJu8AAAAAAlScX4AAAAACXv2/AAAAAAJymn+AAAAAAnz73wAAAAACkJifgAAAAAKa+f8AAAAAAq6Wv4"
    "AAAAACuYvHAAAAAALNKIeAAAAAAteJ5wAAAAAC6yangAAAAAL1iAcAAAAAAwkkx4AAAAADFdTHAAAAAAMnIueAAAAAAzPS5w"
    "AAAAADRSEHgAAAAANR0QcAAAAAA2MfJ4AAAAADb88nAAAAAAOBsO+AAAAAA43NRwAAAAADmn4ngAAAAAOry2cAAAAAA72tL4"
    "AAAAADyl0vAAAAAAPbq0+AAAAAA+hbTwAAAAAD+alvgAAAAAQGWW8AAAAABBg7N4AAAAAEJFePAAAAAAQ2OVeAAAAABELpVw"
    "AAAAAEVDd3gAAAAARgU88AAAAABHI1l4AAAAAEf3k/AAAAAASOeL+AAAAABJ13XwAAAAAErHbfgAAAAAS7dX8AAAAABMp0/4"
    "AAAAAE2XOfAAAAAATocx+AAAAABPdxvwAAAAAFBwTngAAAAAUWA4cAAAAABSUDB4AAAAAFNAGnAAAAAAVDASeAAAAABVH/xw"
    "AAAAAFYP9HgAAAAAVv/ecAAAAABX79Z4AAAAAFjfwHAAAAAAWc+4eAAAAABav6JwAAAAAFu41PgAAAAAXKi+8AAAAABdmLb4"
    "AAAAAF6IoPAAAAAAX3iY+AAAAABgaILwAAAAAGFYevgAAAAAYkhk8AAAAABjOFz4AAAAAGQoRvAAAAAAZRg++AAAAABmEWNw"
    "AAAAAGcBW3gAAAAAZ/FFcAAAAABo4T14AAAAAGnRJ3AAAAAAasEfeAAAAABrsQlwAAAAAGyhAXgAAAAAbZDrcAAAAABugON4"
    "AAAAAG9wzXAAAAAAcGn/+AAAAABxWenwAAAAAHJJ4fgAAAAAcznL8AAAAAB0KcP4AAAAAHUZrfAAAAAAdgml+AAAAAB2+Y/w"
    "AAAAAHfph/gAAAAAeNlx8AAAAAB5yWn4AAAAAHq5U/AAAAAAe7KGeAAAAAB8onBwAAAAAH2SaHgAAAAAfoJScAAAAAB/ckp4"
    "AAAAAH////8BAwIDAgMCAwIDBAMEAwQDBAMEAwQDBAMEAwQDBAMEAwQDBAMEAwQDBAMEAwQDBAMEAwQDBAMEAwQDBAMEAwQD"
    "BAMEAwQDBAMEAwQDBAMEAwQDBAMEAwQDBAMEAwQDBAMEAwQDBAMEAwQDBAMEAwQDBAMEBAAAlSQAAAAAjKAABAAAobgBCQAA"
    "k6gADwAAmrABFUxNVABBRVNUACsxMTMwACsxMDMwACsxMQAKPCsxMDMwPi0xMDozMDwrMTE+LTExLE0xMC4xLjAsTTQuMS4w"
    "Cg=="
)
ASIA_TOKYO = (
    "VFppZjIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABUWmlmMgAAAAAAAAAAAAAAAAAAAAAAAAQAAAAE"
    "AAAAAAAAAAkAAAAEAAAADP////9lwqRw/////9c+AnD/////1+1Z8P/////Y+Ppw/////9nNO/D/////2wcA8P/////brR3w"
    "/////9zm4vD/////3Yz/8AMBAgECAQIBAgAAgwMAAAAAjKABBAAAfpAACAAAfpAACExNVABKRFQASlNUAAAAAAEAAAABCkpT"
    "VC05Cg=="
)

ROOT = os.path.abspath("zoneinfo_offsets_tzdata")
for key, data in [("Europe/Paris", EUROPE_PARIS), ("America/New_York", AMERICA_NEW_YORK),
                  ("Australia/Lord_Howe", AUSTRALIA_LORD_HOWE), ("Asia/Tokyo", ASIA_TOKYO)]:
    path = os.path.join(ROOT, *key.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(base64.b64decode("".join(data)))
zoneinfo.reset_tzpath([ROOT])

def show(dt):
    print(dt.isoformat(), dt.fold, dt.utcoffset(), dt.dst(), dt.tzname())

try:
    paris = ZoneInfo("Europe/Paris")
    ny = ZoneInfo("America/New_York")
    lh = ZoneInfo("Australia/Lord_Howe")
    tokyo = ZoneInfo("Asia/Tokyo")
    print(repr(paris), str(ny), paris.key, lh.key)

    print("-- Paris spring gap 2021-03-28 02:00-03:00")
    for h, m, fold in [(1, 59, 0), (2, 0, 0), (2, 30, 0), (2, 30, 1), (3, 0, 0), (3, 0, 1)]:
        show(datetime(2021, 3, 28, h, m, fold=fold, tzinfo=paris))
    print("-- Paris autumn fold 2021-10-31 02:00-03:00")
    for h, m, fold in [(1, 59, 0), (2, 0, 0), (2, 30, 0), (2, 30, 1), (2, 59, 1), (3, 0, 0), (3, 0, 1)]:
        show(datetime(2021, 10, 31, h, m, fold=fold, tzinfo=paris))
    print("-- New York")
    for args in [(2021, 3, 14, 1, 59), (2021, 3, 14, 2, 30), (2021, 11, 7, 1, 30), (1883, 11, 18, 12, 0),
                 (1883, 11, 18, 12, 3, 58), (1945, 8, 14, 19, 0), (1945, 9, 30, 1, 30)]:
        show(datetime(*args, tzinfo=ny))
        show(datetime(*args, tzinfo=ny, fold=1))
    print("-- Lord Howe (30 minute DST)")
    for args in [(2021, 4, 4, 1, 45), (2021, 4, 4, 1, 45, 0, 0), (2021, 10, 3, 2, 15), (2021, 10, 3, 1, 59)]:
        show(datetime(*args[:5], tzinfo=lh))
        show(datetime(*args[:5], tzinfo=lh, fold=1))
    print("-- before the first transition")
    for z in (paris, ny, lh, tokyo):
        show(datetime(1800, 6, 1, tzinfo=z))
        show(datetime(1, 1, 1, tzinfo=z))
    print("-- far after the last transition (TZ string footer)")
    for year in (2037, 2038, 2050, 2100, 2400, 9999):
        for z in (paris, ny, lh, tokyo):
            show(datetime(year, 1, 15, 12, tzinfo=z))
            show(datetime(year, 7, 15, 12, tzinfo=z))
    for z, dates in [(paris, [(2100, 3, 28, 2, 30), (2100, 10, 31, 2, 30)]),
                     (ny, [(2100, 3, 14, 2, 30), (2100, 11, 7, 1, 30)]),
                     (lh, [(2100, 10, 3, 2, 15), (2100, 4, 4, 1, 45)])]:
        for d in dates:
            show(datetime(*d, tzinfo=z))
            show(datetime(*d, tzinfo=z, fold=1))
    print("-- fromutc and astimezone")
    utc = timezone.utc
    for z in (paris, ny, lh):
        for start in [datetime(2021, 3, 27, 23, tzinfo=utc), datetime(2021, 10, 30, 23, tzinfo=utc),
                      datetime(2021, 11, 7, 4, tzinfo=utc), datetime(2021, 4, 3, 14, tzinfo=utc),
                      datetime(2100, 10, 30, 23, tzinfo=utc), datetime(2100, 11, 7, 4, tzinfo=utc),
                      datetime(1850, 1, 1, tzinfo=utc)]:
            for i in range(0, 4 * 60 * 60, 30 * 60):
                u = start + timedelta(seconds=i)
                local = u.astimezone(z)
                back = local.astimezone(utc)
                print(z.key, u.strftime("%Y-%m-%d %H:%M"), local.isoformat(), local.fold, back == u)
    print(ny.fromutc(datetime(2021, 11, 7, 5, 30, tzinfo=ny)).fold)
    print(ny.fromutc(datetime(2021, 11, 7, 6, 30, tzinfo=ny)).fold)
    print("-- arithmetic across transitions")
    d = datetime(2021, 3, 27, 12, tzinfo=paris)
    e = d + timedelta(days=1)
    print(e, e - d, e.astimezone(utc) - d.astimezone(utc))
    print(datetime(2021, 10, 31, 2, 30, tzinfo=paris) == datetime(2021, 10, 31, 2, 30, fold=1, tzinfo=paris))
    print(datetime(2021, 10, 31, 0, 30, tzinfo=utc) == datetime(2021, 10, 31, 2, 30, tzinfo=paris))
    print(datetime(2021, 10, 31, 1, 30, tzinfo=utc) == datetime(2021, 10, 31, 2, 30, fold=1, tzinfo=paris))
    print(datetime(2021, 7, 1, tzinfo=paris).timestamp(), datetime.fromtimestamp(1625090400, paris))
    print("-- datetime.time and None")
    print(time(12, tzinfo=tokyo).utcoffset(), time(12, tzinfo=tokyo).tzname(), time(12, tzinfo=tokyo).dst())
    print(time(12, tzinfo=paris).utcoffset(), time(12, tzinfo=paris).tzname())
    print(tokyo.utcoffset(None), paris.utcoffset(None), paris.dst(None), paris.tzname(None))
    print("-- datetime subclasses")
    class MyDT(datetime):
        pass
    m = MyDT(2021, 10, 31, 2, 30, fold=1, tzinfo=paris)
    print(m.utcoffset(), m.tzname(), type(m.astimezone(utc)).__name__)
    r = MyDT(2021, 10, 31, 1, 30, tzinfo=utc).astimezone(paris)
    print(type(r).__name__, r, r.fold)
    print(paris.utcoffset(datetime(2021, 7, 1)), paris.tzname(MyDT(2021, 1, 1)))
    print(paris.utcoffset(datetime(2021, 7, 1)) is paris.utcoffset(datetime(2022, 7, 1)))
finally:
    shutil.rmtree(ROOT)

// Random sequences of operations (seeded, so fixed) against CPython 3.14: text files in r+ mode (five
// encodings, every newline mode, tiny chunk sizes, tell/seek cookies, writes between reads),
// BufferedRandom/Reader/Writer with buffer sizes from 1 to 8192 (read/read1/peek/readinto(1)/readline/
// seek/tell/truncate/write), and StringIO/BytesIO in memory. Each trial prints a digest of everything it
// observed; the expected digests were printed by CPython 3.14.2 (pyodide) running the same programs.
// The file programs run on SeekingNodeHost (io_harness.ts).
import { describe } from 'vitest';
import { expectLines } from './io_harness.js';

const TEXT_PROGRAM = String.raw`from io import open
import io, os, hashlib
P = 'pyrewind_fuzz.txt'
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
alphabet = ['a', 'b', 'é', '𝄞', '\n', '\r', '\r\n', 'xyz', '€']
def text(k):
    return ''.join(alphabet[rnd(len(alphabet))] for _ in range(k))
for trial in range(40):
    enc = ['utf-8', 'utf-16', 'latin-1', 'utf-8-sig', 'utf-16-le'][trial % 5]
    nl = [None, '', '\n', '\r', '\r\n'][rnd(5)]
    content = text(rnd(3000))
    if enc == 'latin-1':
        content = content.replace('𝄞', 'q').replace('€', 'E')
    with open(P, 'w', encoding=enc, newline=nl) as f:
        f.write(content)
    out = []
    with open(P, 'r+', encoding=enc, newline=nl) as f:
        f._CHUNK_SIZE = [8192, 7, 64, 1][rnd(4)]
        marks = []
        for step in range(30):
            op = rnd(8)
            try:
                if op == 0:
                    out.append(('read', f.read(rnd(50))))
                elif op == 1:
                    out.append(('readline', f.readline()))
                elif op == 2:
                    t = f.tell(); marks.append(t); out.append(('tell', t))
                elif op == 3 and marks:
                    m = marks[rnd(len(marks))]; f.seek(m); out.append(('seek', m))
                elif op == 4:
                    out.append(('readline lim', f.readline(rnd(10))))
                elif op == 5:
                    s = text(rnd(10))
                    if enc == 'latin-1': s = s.replace('𝄞', 'q').replace('€', 'E')
                    out.append(('write', f.write(s)))
                elif op == 6:
                    out.append(('seek0', f.seek(0)))
                elif op == 7:
                    out.append(('newlines', f.newlines))
            except Exception as e:
                out.append(('error', type(e).__name__, e.strerror if isinstance(e, OSError) and e.errno else str(e)))
        f.seek(0)
        out.append(('final', f.read()))
    print(trial, enc, repr(nl), len(repr(out)), hashlib.sha256(repr(out).encode()).hexdigest()[:24])
os.remove(P)
`;

const TEXT_EXPECTED = String.raw`0 utf-8 '' 3704 05c5d31ad3a157cea81ec16c
1 utf-16 '\r\n' 3273 24256d4e1a7758d12dda531a
2 latin-1 None 1593 aec7a01d7b90b2f3f197679a
3 utf-8-sig None 4314 0bf6eafb77e508b100db0766
4 utf-16-le None 652 a7f6a1577f8987b128716ace
5 utf-8 None 1006 4f88d0b8ddae025a35ead16a
6 utf-16 '\r' 2163 bcb056418e9602e4f35d588e
7 latin-1 '\r\n' 7232 1f9be1662308e774d26be44c
8 utf-8-sig '\r\n' 5484 79db0aff5952616053d206a8
9 utf-16-le '' 1897 27959a7f2bccbbbf2c40adcb
10 utf-8 '' 3053 356abc8b45f36fe247c3811a
11 utf-16 '\r\n' 3816 c42d70f17b742a140ff575a9
12 latin-1 '\r\n' 7020 d7551a180159a3267df99107
13 utf-8-sig '\n' 5037 e6d55ea6aee2f64b6d0095b8
14 utf-16-le None 1573 4179c33ba2c1a7cc7add0518
15 utf-8 None 2501 0ca47942852256eef442d60a
16 utf-16 '\n' 1489 e10a43cf45af17436fa0cfae
17 latin-1 '' 2717 4b2fcd6a43a242ea67e40a1a
18 utf-8-sig '\r\n' 2206 71c11c3cecdc11774115ae81
19 utf-16-le '\n' 5727 ed9737b12ac0242d5bb9f8e9
20 utf-8 '\r' 942 ce362a6a222f78bcf4184abc
21 utf-16 '\r' 917 350cc4e27dbf33720e76a32c
22 latin-1 '\r' 2280 e304c9b4c8ec2ff7886d6ff6
23 utf-8-sig '\r' 2788 ba9ebdcb4c87ffe689fb2270
24 utf-16-le None 3249 dbc189a3221ad50f8e0aa26d
25 utf-8 None 2622 0d13aa1ef0a7ea4017ef283a
26 utf-16 '\n' 3092 eab07daaf784ef629d6895af
27 latin-1 None 1843 7b910271f76217d54aa5290f
28 utf-8-sig '\n' 2731 659988a29e08344338ae8b2c
29 utf-16-le '\r' 3176 f5e15d0abf5f96337586faf9
30 utf-8 '' 1307 6d028aedb839b032f4b7959a
31 utf-16 '\r' 4362 ed21f98e224b68dd6941bdb3
32 latin-1 '\n' 5725 3391bb66407c1e46547acc25
33 utf-8-sig '\r\n' 6753 b513b17ab5f09d306c21c3cc
34 utf-16-le '' 921 3f6b29577c8a4b3854e3b167
35 utf-8 '\n' 5452 57b974643365fd25f78e9dd6
36 utf-16 '\r\n' 1770 997af6ceefdc596e218dc51d
37 latin-1 '\r\n' 6160 24e94a8f87566795a5762d83
38 utf-8-sig '\r' 4385 3f3b1d24132cd2d0193472cb
39 utf-16-le None 3108 de300fb03abd89ddecc56517
`;

describe('random text file operations', () => {
  expectLines(TEXT_PROGRAM, TEXT_EXPECTED, { seeking: true });
});

const BUFFERED_PROGRAM = String.raw`from io import open
import io, os, hashlib
P = 'pyrewind_fuzz2.bin'
state = 987654
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
for trial in range(60):
    data = bytes(rnd(256) for _ in range(rnd(200)))
    with open(P, 'wb') as f:
        f.write(data)
    out = []
    bs = [1, 2, 3, 7, 16, 64, 8192][rnd(7)]
    raw = io.FileIO(P, 'r+')
    f = [io.BufferedRandom, io.BufferedReader, io.BufferedWriter][trial % 3](raw, bs)
    for step in range(40):
        op = rnd(11)
        try:
            if op == 0: out.append(('read', f.read(rnd(20) - 1)))
            elif op == 1: out.append(('read1', f.read1(rnd(20))))
            elif op == 2: out.append(('peek', f.peek(rnd(5))))
            elif op == 3: out.append(('write', f.write(bytes([65 + rnd(26)]) * rnd(12))))
            elif op == 4: out.append(('seek', f.seek(rnd(60) - 10, rnd(3))))
            elif op == 5: out.append(('tell', f.tell()))
            elif op == 6: out.append(('flush', f.flush()))
            elif op == 7: out.append(('readline', f.readline(rnd(30) - 1)))
            elif op == 8:
                b = bytearray(rnd(15)); n = f.readinto(b); out.append(('readinto', n, bytes(b)))
            elif op == 9: out.append(('truncate', f.truncate(rnd(100))))
            elif op == 10:
                b = bytearray(rnd(15)); n = f.readinto1(b); out.append(('readinto1', n, bytes(b)))
        except Exception as e:
            out.append(('error', type(e).__name__, e.strerror if isinstance(e, OSError) and e.errno else str(e)))
    f.close()
    with open(P, 'rb') as g:
        out.append(('final', g.read()))
    print(trial, len(repr(out)), hashlib.sha256(repr(out).encode()).hexdigest()[:24])
os.remove(P)
`;

const BUFFERED_EXPECTED = String.raw`0 1088 cc68494a537f96bce245cd00
1 1736 5578d93657d55a653f06980f
2 2123 84162ca69549635aed450c65
3 1604 e5f0becdcf3d9a09b40a36a5
4 2255 0df234b8773c32ed0be756ee
5 1481 f093e49cb464943486b02877
6 1267 618c11a8787764c5aee40300
7 1977 e59a01ba3b27bb8fe77c9da3
8 1613 c98743ae0808b16b4d75c8b2
9 1168 233363a5f49da878e6da6b10
10 1357 1af7f70e6209fc75523a2cd9
11 1644 0520b35659b78006143d0b97
12 1021 5aaeefabfb7ad147cef2fc95
13 1279 acbb09c12b94a1f12e7ab639
14 1800 894ff8eaef3a431604aef93a
15 1389 920c45b66a267cd97706272a
16 1359 81956237c398840f350daa18
17 1718 04f24b352272205767628277
18 1591 c2537ef5c5396d55a7f58d38
19 1837 314cf91afe5b16cf214eb4af
20 1736 f921a37aba6420adcd268c0a
21 1583 bffa2e607a744b579f5112c5
22 1416 adfdfe9988fb66e1dd840798
23 1853 92f758f5749cc5963d7eeec3
24 1506 fbfa0728525f63c66e2f7f0e
25 1273 9c344796f17ca5f15fb4b22d
26 1585 40639636bb4aa39cf07e9fc4
27 1627 1ae40c8cbcfbc09399a2264d
28 1077 818f7fad57a2df689c64a6b3
29 1602 68b551f9b9578025dde125a8
30 1126 90e456353a3ea0dff7675817
31 2339 e78a73885aab5e4a5faa65ea
32 1853 dc9da90fdf3deaaebe4f8bc0
33 1159 a6c32e62baba09b37effe1b1
34 1926 35545f2b5a97fc0c8071eab5
35 2138 9714bf815e9f673d1b6cea01
36 1175 e462ba060bd71ff973573783
37 1577 d86f35f1c254306da3b586bb
38 1567 82289f92b28f6f265ed5634e
39 1409 55d5aa143becf4e4dc7f47fe
40 1047 58d4bbadaab3891717f24f91
41 1959 920fe75a96bcce1cc2961bec
42 1779 5cccdd429b1b8de0ea7084d1
43 1698 edf371d27aeffb9cdc34ad20
44 1653 374b4ad5b7610e3d02b32d13
45 1545 7f10735b13595d82a8119bc4
46 1940 28b80f7e91b5999eebad2bb4
47 1713 e89bccbd0ba90363d0b5f0c9
48 1799 cdb03f627e7e940b46aa5094
49 2006 ac94f456f6088bb78635b957
50 1575 7217de409d573f71bcc5c44a
51 1028 e97ea4fffae7851d36e49afa
52 1887 53b59b663bc8baf6ff7e7eae
53 1583 30e719d5b256817adc55291f
54 1357 cee83bb46d2bcdc9c497d83f
55 1512 56c4762671985a4534a9d94c
56 1513 89e7b2c24b4c828cdd8e1437
57 1326 c08283eaaa9d7101903425db
58 2198 c16a07c266ce7cef516f51d0
59 1401 cffeace0f29c37ae969ad246
`;

describe('random buffered file operations', () => {
  expectLines(BUFFERED_PROGRAM, BUFFERED_EXPECTED, { seeking: true });
});

const MEMORY_PROGRAM = String.raw`import io, hashlib
state = 4242
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state % n
alphabet = ['a', 'é', '𝄞', '\n', '\r', '\r\n', 'xy', '\x00']
def text(k):
    return ''.join(alphabet[rnd(len(alphabet))] for _ in range(k))
for trial in range(60):
    out = []
    if trial % 2:
        nl = [None, '', '\n', '\r', '\r\n'][rnd(5)]
        f = io.StringIO(text(rnd(40)), newline=nl)
        mk = lambda k: text(k)
    else:
        nl = 'bytes'
        f = io.BytesIO(bytes(rnd(256) for _ in range(rnd(40))))
        mk = lambda k: bytes(rnd(256) for _ in range(k))
    for step in range(40):
        op = rnd(9)
        try:
            if op == 0: out.append(('read', f.read(rnd(12) - 1)))
            elif op == 1: out.append(('readline', f.readline(rnd(12) - 1)))
            elif op == 2: out.append(('write', f.write(mk(rnd(6)))))
            elif op == 3: out.append(('seek', f.seek(rnd(50), 0)))
            elif op == 4: out.append(('tell', f.tell()))
            elif op == 5: out.append(('truncate', f.truncate(rnd(50) if rnd(2) else None)))
            elif op == 6: out.append(('getvalue', f.getvalue()))
            elif op == 7: out.append(('readlines', f.readlines(rnd(10))))
            elif op == 8: out.append(('newlines', getattr(f, 'newlines', 'n/a')))
        except Exception as e:
            out.append(('error', type(e).__name__, str(e)))
    print(trial, repr(nl), len(repr(out)), hashlib.sha256(repr(out).encode()).hexdigest()[:24])
`;

const MEMORY_EXPECTED = String.raw`0 'bytes' 695 35e256734e23f03cd7c44835
1 '\n' 982 a77c2d868aa64a913ca6aa69
2 'bytes' 2419 e2f1770f925ac25c24d2c39f
3 '\n' 956 53681ac0ccd693f99eb9854d
4 'bytes' 849 188ffea6011affd78841fd9d
5 None 866 c07c69cb9d88b861fb7c1cab
6 'bytes' 1129 c5a868d6bc819d1c039ce531
7 '' 728 f9327388d94356a081fcdf7e
8 'bytes' 1348 1508d4f498e7776f662e7404
9 '' 1035 9c7b15133c14f1f1513d1753
10 'bytes' 1197 7b30604d7a91fe00726a04f6
11 '\r\n' 1029 53d416d3e573454138ac57d9
12 'bytes' 1003 d9612f66bfba3a3b8e6fe8cb
13 '\n' 1080 447511f70996047e9e86b7e6
14 'bytes' 779 b5b316fc804aee7fedeb0ba8
15 '\n' 763 0fd5e86d39fbb9f87cff5701
16 'bytes' 1482 069f25a59d5a63ffececd30b
17 '\r' 993 9e430a17630f8cbb32f13e2e
18 'bytes' 1158 dc70883bdf93c243c89d49e1
19 None 920 808d8377c200e66054000cba
20 'bytes' 1337 77d6279fe1fe85b3451c12a2
21 '\n' 1064 b7e2ca41e9098dc29fcbbde9
22 'bytes' 946 5842bf976eabb17f82b8ed99
23 '\n' 1112 d34e8f21bb8666a5df920b47
24 'bytes' 1597 ca062222c1bce2263c114d2e
25 '\r' 1330 8a488b61f9c8849af98b4b20
26 'bytes' 1148 103b8c34f86d4630c03c32fb
27 '\n' 757 88ed4a5b909d759b9f30c9f6
28 'bytes' 755 6ff2513740a8c15c2b16fb53
29 None 780 16b0a8fdc776622741e700f1
30 'bytes' 840 3ee9e4433222baea7d36959b
31 '\r\n' 1607 201b420da24f1ef764fb5b0e
32 'bytes' 850 b13ec85ee4620626dbb965fe
33 '\n' 916 b913de878c6406533d401d72
34 'bytes' 765 f41a730a0117b7e84c5776a3
35 None 807 db3af99d5f03ffb94968bf6d
36 'bytes' 1545 8d78ca1f3b4d4a7c233f441b
37 None 887 d3fa6a55410b8f09610d4305
38 'bytes' 1745 1b53cb370a34c0a18f02cd0f
39 '\r' 960 21155733c453154b1b300ce1
40 'bytes' 1280 639835c07f591ff9091583b8
41 '' 937 73fbcc8e89d47ad8e42d0c3d
42 'bytes' 1067 f73f908648a1928e5ca431dd
43 '\r' 934 64f2e1cd915f0203d67ff82d
44 'bytes' 1660 2464ff66c43f7b9b119df6ca
45 '\r\n' 659 55cccc641a60ff17a14558a7
46 'bytes' 931 85f382e44a6cc5311761d167
47 None 1344 c5d7f48f169f14f24795c141
48 'bytes' 896 1dc034aeada12f630c8dd13f
49 None 1185 8286e688085af5bb47312aa7
50 'bytes' 787 7f97ab0ac8e78dffd795b672
51 '\n' 760 8f2b293394dc1aaacf1ecb47
52 'bytes' 1087 eaed7b2076964ae5f2497edd
53 '\r' 872 20f7b6e6fa764c16e5e70c86
54 'bytes' 820 7feeb16320d8dddefbb80e05
55 None 1175 6ab8025d4c2d9e41fbcebfc6
56 'bytes' 1356 85851bc818ed432ff66a2d39
57 '\r\n' 900 efdb4df43c7aa153c3826393
58 'bytes' 2043 dbace8e97af187f57c74cb6f
59 None 903 43e4bd7ec60f19a91bb88942
`;

describe('random StringIO and BytesIO operations', () => {
  expectLines(MEMORY_PROGRAM, MEMORY_EXPECTED, { seeking: false });
});

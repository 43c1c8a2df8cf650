#!/usr/bin/env python3
"""Writes src/KyCuong.Web/Platform/Auth/Data/common-passwords.txt: the passwords of at least 12 characters that people
pick most often, built from the words that lead every published breach list (and their Vietnamese counterparts) with
the decorations people add to pass a length or complexity rule (capitals, years, '@123', '!'). Lower case, one a line;
the host compares case-insensitively. Re-run after editing the lists; the output is committed (SECURITY.md)."""
import itertools, os

words = """password passw0rd p@ssword p@ssw0rd pass123 admin administrator root qwerty qwertyuiop qwerty123 asdfgh
asdfghjkl zxcvbnm 1qaz2wsx 1q2w3e4r 1q2w3e4r5t qazwsx abc123 abcd1234 abcdef iloveyou letmein welcome welcome1 monkey
dragon master shadow sunshine princess football baseball soccer hockey superman batman starwars trustno1 freedom
whatever qazwsxedc michael jennifer jordan hunter buster charlie thomas daniel computer internet secret hello
hellohello changeme default guest login access manager system server database test tester testing user123 iloveu
matkhau matkhau123 anhyeuem emyeuanh yeuem yeuanh vietnam vietnam123 hanoi saigon hochiminh danang haiphong cantho
angiang kiengiang ubnd ubndtinh chinhphu sonoivu nguyen tran phamvan levan hoang huynh phan vuong dang ngoc thanh
conyeu giadinh hanhphuc thienthan bongbong meoconxinh 123456 1234567 12345678 123456789 1234567890 987654321 111111
000000 666666 888888 112233 123123 123321 654321 159753 147258369 11223344 qweasdzxc""".split()
suffixes = ["", "1", "12", "123", "1234", "12345", "123456", "1234567", "!", "!!", "!@#", "123!", "1234!", "@123",
            "@1234", "@12345", "@123456", "#123", "#1234", "_123", ".123", "@", "@@", "1!", "12!", "@1", "@12"]
suffixes += [f"{y}" for y in range(2015, 2031)] + [f"@{y}" for y in range(2015, 2031)] + [f"{y}!" for y in range(2020, 2031)]
out = set()
for w, s in itertools.product(words, suffixes):
    for form in (w, w + w if len(w) <= 6 else w):
        p = (form + s).lower()
        if len(p) >= 12:
            out.add(p)
for n in range(12, 21):
    out.add("1234567890123456789012"[:n]); out.add("0987654321098765"[:n] if n <= 16 else "")
    for d in "0123456789abcdefghijklmnopqrstuvwxyz":
        out.add(d * n)
out |= {"qwertyuiopasdfghjkl", "qwertyuiopas", "qwertyuiop123", "1qaz2wsx3edc", "1qaz2wsx3edc4rfv", "1q2w3e4r5t6y",
        "1q2w3e4r5t6y7u", "zaq12wsxcde3", "q1w2e3r4t5y6", "a1b2c3d4e5f6", "abcdefghijkl", "abc123abc123"}
out.discard("")
path = os.path.join(os.path.dirname(__file__), "..", "src", "KyCuong.Web", "Platform", "Auth", "Data", "common-passwords.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("\n".join(sorted(out)) + "\n")
print(len(out), "passwords")

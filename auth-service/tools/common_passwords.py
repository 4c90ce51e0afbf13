#!/usr/bin/env python3
"""Generates src/main/resources/com/gmpgate/auth/password/common-passwords.txt.

The list is built, not downloaded: the words people put in passwords (English and Korean, the latter also as
typed on a Korean keyboard left in English mode), keyboard walks and digit runs, each with the suffixes people
append. Only entries of 8+ characters are kept: shorter ones are refused by length already. Lowercase, one per
line, sorted; the policy compares case-insensitively. Run it again after changing the lists below.
"""
import itertools
import pathlib

WORDS = """
password passw0rd p@ssword p@ssw0rd pass pw passwd secret letmein welcome welcome1 hello hi admin administrator
root superuser sysadmin manager master login user guest test tester testing demo temp temporary default changeme
change qwerty qwertyuiop qwer qwerasdf asdf asdfgh asdfghjkl zxcv zxcvbnm zxcvbn qazwsx 1qaz2wsx 1qaz2wsx3edc
zaq12wsx !qaz2wsx 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4 q1w2e3r4t5 a1b2c3d4 a1s2d3f4 abc abcd abcde abcdef
abcdefg abcdefgh iloveyou loveyou love lover monkey dragon shadow sunshine princess football baseball soccer
basketball superman batman spiderman starwars pokemon trustno1 freedom whatever michael jennifer charlie
jordan thomas daniel computer internet samsung galaxy apple iphone google naver daum kakao nate korea korean
seoul busan incheon daegu gwangju daejeon ulsan suwon daehan hanguk sarang saranghae saranghaeyo tkfkdgo
dkssud dkssudgktpdy rkskek rksk rkskekfk wlsgml dlwhdgh qkqh qkqhdi gksrmr gkswl sodlfma zhfldk
ghkdlxld dltmdgh rlacjfwn rlaalsjd ekdnsfhem chlrh chlrhdml chlrhdml kimchi soju hangul taekwondo bts
gmp gmpgate haccp hygiene hygiene1 factory plant worker workers company office staff employee team member
food foods pharma pharmacy cosmetic cosmetics clean cleanroom safety health healthy quality qa qc gate door
production line shift morning night summer winter spring autumn fall monday friday sunday january december
happy lucky flower family baby angel sky star money gold silver diamond tiger lion eagle puppy kitty
hellokitty mickey minnie cookie chocolate coffee banana orange cherry peach strawberry pizza chicken
killer hunter ninja warrior legend king queen prince boss best super power magic matrix phoenix
asdfqwer qwerzxcv qweasd qweasdzxc qweqwe asdasd zxczxc aaaa abab abcabc
"""

SUFFIXES = """
- 1 12 123 1234 12345 123456 0 00 01 11 69 99 111 1004 ! !! 1! 12! 123! 1234! 12345! !@# !@#$ @ @123 # 1@ 123@ 1234@
1q2w 1q2w3e4r qwer 2023 2024 2025 2026 2024! 2025! 2026! 123!@# 1234!@#$
"""

RUNS = [
    "1234567890", "0123456789", "12345678910", "9876543210", "0987654321", "1357924680", "1122334455",
    "1212121212", "1231231231", "12341234", "123412341234", "1234512345", "123123123", "147258369",
    "159357", "159753", "741852963", "963852741", "123qwe", "123qweasd", "123qweasdzxc", "qweasdzxc123",
    "1qazxsw2", "2wsx3edc", "3edc4rfv", "1q2w3e", "zaq1xsw2", "qazxswedc", "qwertyasdf", "qwerty123456",
    "asdf;lkj", "asdfjkl;", "poiuytrewq", "mnbvcxz", "lkjhgfdsa", "!@#$%^&*", "!@#$%^&*()", "1q2w3e4r!",
    "1q2w3e4r!@", "1q2w3e4r!@#$", "!q@w#e$r", "q!w@e#r$",
]


def main():
    words = sorted(set(WORDS.split()))
    suffixes = [s if s != "-" else "" for s in SUFFIXES.split()]
    entries = set()
    for word, suffix in itertools.product(words, suffixes):
        entries.add((word + suffix).lower())
    for word in words:
        entries.add(word + word)
    for run in RUNS:
        for suffix in suffixes:
            entries.add((run + suffix).lower())
    for digit in "0123456789":
        for length in range(8, 17):
            entries.add(digit * length)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for length in range(8, 13):
            entries.add(letter * length)
    kept = sorted(entry for entry in entries if len(entry) >= 8)
    out = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/com/gmpgate/auth/password/common-passwords.txt"
    out.write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(len(kept), "entries ->", out)


if __name__ == "__main__":
    main()

#!/bin/sh
# Rebuilds assets/words/english.txt, the English words triage trusts as
# spelt on purpose, from Debian's SCOWL lists (wamerican and wbritish):
# lower-case words of five letters or more, proper names and possessives
# left out, sorted bytewise. Run as root on Debian.
set -eu
apt-get install -y -q wamerican wbritish >/dev/null
cd "$(dirname "$0")/.."
cat /usr/share/dict/american-english /usr/share/dict/british-english |
    grep -E '^[a-z]{5,}$' | LC_ALL=C sort -u > assets/words/english.txt
wc -l assets/words/english.txt

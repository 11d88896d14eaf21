#!/usr/bin/env python3
"""check-names-data.py GEN INPUT EXPECTED — runs the gazetteer generator on
its committed input and checks that it gives the committed file."""
import subprocess, sys

out = subprocess.run([sys.executable, sys.argv[1], sys.argv[2]], capture_output=True,
                     check=True).stdout
exp = open(sys.argv[3], 'rb').read()
if out != exp:
    print('names-data.c differs from what gen-names.py makes of names-input.json')
    sys.exit(1)
print('1 passed, 0 failed')

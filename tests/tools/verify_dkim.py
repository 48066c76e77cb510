#!/usr/bin/python3
"""An independent check of a DKIM signature (Debian's python3-dkim): verify_dkim.py MESSAGE.eml PUBLIC-KEY-BASE64

The public key stands in for the DNS TXT record <selector>._domainkey.<domain>. Prints "ok" and exits 0 when the
signature verifies, otherwise prints why and exits 1.
"""
import sys

import dkim

message = open(sys.argv[1], "rb").read()
record = ("v=DKIM1; k=rsa; p=" + sys.argv[2]).encode()
logs = []


class Log:
    def debug(self, *a): logs.append(" ".join(map(str, a)))
    info = warning = error = debug


ok = dkim.verify(message, logger=Log(), dnsfunc=lambda name, timeout=5: record)
print("ok" if ok else "failed: " + " | ".join(logs[-5:]))
sys.exit(0 if ok else 1)

#!/usr/bin/env python3
"""Pushes refill requests from the nightly export to NovaMed (stdlib only, runs on the old cron box)."""
import json
import sys
import urllib.request

URL = "https://feapi.novamed.care/api/external/refill-request"


def push(record):
    req = urllib.request.Request(URL, data=json.dumps(record).encode(), method="POST")
    req.add_header("Content-Type", "application/json")
    req.add_header("x-api-key", "{{key:novamed}}")
    with urllib.request.urlopen(req, timeout=15) as resp:
        return resp.status


if __name__ == "__main__":
    for line in sys.stdin:
        print(push(json.loads(line)))

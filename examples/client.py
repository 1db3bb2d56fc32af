#!/usr/bin/env python3
"""A client for `vnextract serve`, using only Python's standard library.

As a module:

    from client import Client
    c = Client("http://127.0.0.1:8080")
    doc = c.extract("Đại tá Trần Văn B ...", id="a.txt")   # one report document (a dict)
    raw = c.extract_bytes(open("old.txt", "rb").read())     # any supported encoding
    for doc in c.batch({"id": n, "text": t} for n, t in items):   # streamed, in order
        ...

From the command line (one JSON document per file on stdout, as
`vnextract extract --format jsonl` writes them):

    python3 client.py --url http://127.0.0.1:8080 report1.txt report2.txt
    python3 client.py --batch docs.jsonl        # JSON Lines of {"id", "text", "date"}

The report format is described in docs/report.md, the API in
docs/openapi.yaml.
"""

import argparse
import http.client
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request


class ServiceError(Exception):
    """The service refused a request; .status is the HTTP status."""

    def __init__(self, status, message):
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class Client:
    def __init__(self, url="http://127.0.0.1:8080", timeout=60, retries=3):
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.retries = retries

    def _post(self, path, body, content_type):
        """POSTs body and returns (status, bytes), retrying on 429."""
        for attempt in range(self.retries + 1):
            req = urllib.request.Request(
                self.url + path, data=body, method="POST",
                headers={"Content-Type": content_type})
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    return resp.status, resp.read()
            except urllib.error.HTTPError as e:
                data = e.read()
                if e.code == 429 and attempt < self.retries:
                    time.sleep(float(e.headers.get("Retry-After", "1")))
                    continue
                if e.code == 422:  # the document itself, with its error
                    return e.code, data
                try:
                    message = json.loads(data)["error"]
                except (ValueError, KeyError):
                    message = data.decode("utf-8", "replace")
                raise ServiceError(e.code, message) from None
        raise AssertionError("unreachable")

    def extract(self, text, id="", date="", explain=False):
        """Extracts from one text; returns the report document as a dict."""
        body = {"id": id, "text": text}
        if date:
            body["date"] = date
        path = "/v1/extract" + ("?explain=1" if explain else "")
        _, data = self._post(path, json.dumps(body).encode("utf-8"), "application/json")
        return json.loads(data)

    def extract_bytes(self, raw, id="", explain=False):
        """Extracts from the raw bytes of a file in any supported encoding
        (UTF-8, UTF-16, Windows-1258, TCVN3, VNI); the server detects it."""
        query = {}
        if id:
            query["id"] = id
        if explain:
            query["explain"] = "1"
        path = "/v1/extract" + ("?" + urllib.parse.urlencode(query) if query else "")
        _, data = self._post(path, raw, "text/plain")
        return json.loads(data)

    def batch(self, docs):
        """Sends an iterable of {"id", "text", "date"} dicts as JSON Lines
        and yields the report documents as they come back, in order.

        The body is sent from a thread while answers are read, so neither
        side waits for the other and a batch of any length runs in
        bounded memory (urllib would send the whole body first)."""
        u = urllib.parse.urlsplit(self.url)
        conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=self.timeout)
        conn.putrequest("POST", (u.path or "") + "/v1/batch")
        conn.putheader("Content-Type", "application/x-ndjson")
        conn.putheader("Transfer-Encoding", "chunked")
        conn.endheaders()
        failure = []

        def send():
            try:
                for d in docs:
                    line = json.dumps(d).encode("utf-8") + b"\n"
                    conn.send(b"%x\r\n%s\r\n" % (len(line), line))
                conn.send(b"0\r\n\r\n")
            except OSError as e:  # the server ended the stream; it says why
                failure.append(e)

        sender = threading.Thread(target=send, daemon=True)
        sender.start()
        resp = conn.getresponse()
        if resp.status != 200:
            data = resp.read()
            conn.close()
            try:
                message = json.loads(data)["error"]
            except (ValueError, KeyError):
                message = data.decode("utf-8", "replace")
            raise ServiceError(resp.status, message)
        try:
            for line in resp:
                if line.strip():
                    yield json.loads(line)
        finally:
            sender.join(timeout=1)
            conn.close()


def main():
    ap = argparse.ArgumentParser(description="Send documents to vnextract serve; print one JSON document per line.")
    ap.add_argument("--url", default=os.environ.get("VNEXTRACT_URL", "http://127.0.0.1:8080"))
    ap.add_argument("--batch", action="store_true", help="the files are JSON Lines of {\"id\", \"text\", \"date\"}, sent to /v1/batch")
    ap.add_argument("--explain", action="store_true", help="add the trace (text files only)")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    c = Client(args.url)
    failed = 0
    out = sys.stdout
    if args.batch:
        def lines():
            for name in args.files:
                with open(name, encoding="utf-8") as f:
                    for line in f:
                        if line.strip():
                            yield json.loads(line)
        docs = c.batch(lines())
    else:
        def each():
            for name in args.files:
                with open(name, "rb") as f:
                    yield c.extract_bytes(f.read(), id=os.path.basename(name), explain=args.explain)
        docs = each()
    try:
        for doc in docs:
            failed += doc["status"] == "error"
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    except ServiceError as e:
        print(f"client.py: {e}", file=sys.stderr)
        return 2
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

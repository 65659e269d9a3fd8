#!/usr/bin/env python3
"""A small web server on 127.0.0.1 for the external-link tests.

Prints its port on the first line of stdout, then serves until killed.
  /ok 200 · /missing 404 · /gone 410 · /moved 301 → /ok · /temp 302 → /moved
  /loop 301 → /loop · /flaky 503 the first time, then 200 · /slow 200 after 30 s
  /no-head 405 to HEAD, 200 to GET · /forbidden 403 · /busy/N 200 after 0.3 s
  /stats JSON: hits per path and the most /busy requests in flight at once
"""
import http.server
import json
import os
import sys
import threading
import time

lock = threading.Lock()
hits = {}
busy = {"now": 0, "max": 0}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def handle_any(self):
        path = self.path
        with lock:
            hits[path] = hits.get(path, 0) + 1
            count = hits[path]
        if path == "/stats":
            with lock:
                body = json.dumps({"hits": hits, "max_busy": busy["max"]}).encode()
            return self.reply(200, body, [("Content-Type", "application/json")])
        if path == "/ok":
            return self.reply(200, b"ok")
        if path == "/missing":
            return self.reply(404, b"missing")
        if path == "/gone":
            return self.reply(410)
        if path == "/moved":
            return self.reply(301, headers=[("Location", "/ok")])
        if path == "/temp":
            return self.reply(302, headers=[("Location", "/moved")])
        if path == "/loop":
            return self.reply(301, headers=[("Location", "/loop")])
        if path == "/flaky":
            return self.reply(503 if count == 1 else 200, headers=[("Retry-After", "0")])
        if path == "/slow":
            time.sleep(30)
            return self.reply(200)
        if path == "/no-head":
            return self.reply(405 if self.command == "HEAD" else 200)
        if path == "/forbidden":
            return self.reply(403)
        if path.startswith("/busy/"):
            with lock:
                busy["now"] += 1
                busy["max"] = max(busy["max"], busy["now"])
            time.sleep(0.3)
            with lock:
                busy["now"] -= 1
            return self.reply(200)
        return self.reply(404)

    do_GET = handle_any
    do_HEAD = handle_any


def exit_with_parent():
    """The test holds our stdin open; at EOF it is gone, and so are we."""
    sys.stdin.read()
    os._exit(0)


threading.Thread(target=exit_with_parent, daemon=True).start()
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()

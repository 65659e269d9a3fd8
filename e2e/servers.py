"""Real web servers for the e2e checks: nginx started from a documented file of
docs/hosting/ with only its placeholders replaced, on a free high port of
127.0.0.1, and stopped by the pid we started (never by name). Used by
hosting_test.py (every documented file) and browser_suite.py (the sample
under /hv/)."""
import os
import shutil
import socket
import subprocess
import time

from common import check

HERE = os.path.dirname(os.path.abspath(__file__))
SNIPPETS = os.path.join(HERE, "..", "docs", "hosting")
PLACEHOLDER = "/var/www/hocvu/site"
DOCUMENTED_SUBPATH = "/hoc-vu-so"   # the mount of nginx-subpath.conf, without its slash
NGINX = "/usr/sbin/nginx"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def substitute(text, name, replacements):
    """The documented file with only its placeholders replaced; each must be there."""
    for old, new in replacements:
        check(text.count(old) >= 1, "%s has the placeholder %r" % (name, old))
        text = text.replace(old, new)
    return text


class Server:
    """A server process we started; stopped by its pid, never by name."""

    def __init__(self, name, argv, log, probe_port):
        self.name, self.argv, self.log, self.port = name, argv, log, probe_port
        self.process = None

    def start(self):
        self.process = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=open(self.log, "w"))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        with open(self.log, encoding="utf-8", errors="replace") as f:
            print(f.read())
        check(False, "%s starts and listens on 127.0.0.1:%d" % (self.name, self.port))

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def nginx_conf(prefix, snippet_path):
    user = "user root;\n" if os.geteuid() == 0 else ""
    return (
        "daemon off;\n" + user +
        "worker_processes 1;\n"
        "pid %(p)s/nginx.pid;\n"
        "error_log stderr warn;\n"
        "events { worker_connections 64; }\n"
        "http {\n"
        "    include mime.types;\n"
        "    default_type application/octet-stream;\n"
        "    access_log off;\n"
        "    client_body_temp_path %(p)s/tmp/body; proxy_temp_path %(p)s/tmp/proxy;\n"
        "    fastcgi_temp_path %(p)s/tmp/fastcgi; uwsgi_temp_path %(p)s/tmp/uwsgi; scgi_temp_path %(p)s/tmp/scgi;\n"
        "    include %(s)s;\n"
        "}\n" % {"p": prefix, "s": snippet_path})


def start_nginx(snippet_name, site, port, work, mount=None):
    """An nginx (not started yet: call .start()) serving `site` with
    docs/hosting/<snippet_name>. With `mount` ("/hv/"), nginx-subpath.conf's
    /hoc-vu-so/ becomes that path everywhere in the file (locations,
    error_page, the cache map), so the site is checked where the docs' path
    is not."""
    prefix = os.path.join(work, "%s-%d" % (snippet_name.replace(".", "-"), port))
    os.makedirs(os.path.join(prefix, "tmp"))
    shutil.copy("/etc/nginx/mime.types", prefix)   # the snippet's `include mime.types`
    replacements = [(PLACEHOLDER, site), ("listen 80;", "listen 127.0.0.1:%d;" % port)]
    if mount is not None:
        replacements.append((DOCUMENTED_SUBPATH, mount.rstrip("/")))
    with open(os.path.join(SNIPPETS, snippet_name), encoding="utf-8") as f:
        text = substitute(f.read(), snippet_name, replacements)
    with open(os.path.join(prefix, "hocvu.conf"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(prefix, "nginx.conf"), "w", encoding="utf-8") as f:
        f.write(nginx_conf(prefix, os.path.join(prefix, "hocvu.conf")))
    server = Server("nginx (%s%s)" % (snippet_name, "" if mount is None else " at " + mount),
                    [NGINX, "-p", prefix + "/", "-e", "stderr", "-c", os.path.join(prefix, "nginx.conf")],
                    os.path.join(prefix, "error.log"), port)
    return server

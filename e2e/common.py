"""What the e2e checks share: a headless Chromium from Debian (the driver
path given, so Selenium never goes online), a check that stops at the first
failure, one that collects every failure (`Failures`), and a quiet file
server."""
import http.server
import sys


def browser(javascript=True, window="1280,900"):
    # Imported here: the file checks (catalog, exports) need no browser.
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=" + window):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check(condition, message):
    if not condition:
        print("FAIL: " + message)
        sys.exit(1)
    print("ok   " + message)


def errors(driver):
    """SEVERE browser log entries since the last call (a CSP violation is one)."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder without logging each request; with `csp` set, every
    answer carries that Content-Security-Policy (and is not cached)."""
    csp = None

    def end_headers(self):
        if self.csp:
            self.send_header("Content-Security-Policy", self.csp)
            self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


class Failures:
    """Collects every failed check of a run, for checks that should report
    all problems at once (the catalog and export checks)."""

    def __init__(self):
        self.messages = []

    def check(self, condition, message):
        if not condition:
            self.messages.append(message)
        return condition

    def finish(self, summary):
        """Prints every failure and exits 1, or prints the summary."""
        if self.messages:
            for message in self.messages:
                print("FAIL " + message)
            sys.exit(1)
        print("ok   " + summary)

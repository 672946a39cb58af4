import urllib.request
from urllib.request import urlopen, urlretrieve
import urllib2
import urllib

BASE = "https://api.example.com/v1"


def bad(user_url, name):
    # ruleid: urllib-urlopen-unchecked-scheme
    data = urllib.request.urlopen(user_url).read()
    # ruleid: urllib-urlopen-unchecked-scheme
    urlretrieve("file:///etc/passwd", name)
    # ruleid: urllib-urlopen-unchecked-scheme
    req = urllib2.Request(BASE + name)
    return data, req


def ok():
    # ok: urllib-urlopen-unchecked-scheme
    data = urlopen("https://example.com/feed.xml", timeout=10).read()
    # ok: urllib-urlopen-unchecked-scheme
    other = urlopen(BASE + "/status", timeout=10)
    # ok: urllib-urlopen-unchecked-scheme
    browser.urlopen("file:///tmp")
    return data, other


def legacy(port):
    # ruleid: urllib-urlopen-unchecked-scheme
    opener = urllib.URLopener()
    # ok: urllib-urlopen-unchecked-scheme
    local = urlopen("http://localhost:%s/" % port, timeout=5)
    return opener, local

import warnings

import requests
import urllib3
from urllib3.exceptions import InsecureRequestWarning


def bad():
    # ruleid: tls-warnings-disabled
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    # ruleid: tls-warnings-disabled
    requests.packages.urllib3.disable_warnings()
    # ruleid: tls-warnings-disabled
    warnings.filterwarnings("ignore", category=InsecureRequestWarning)


def ok():
    # ok: tls-warnings-disabled
    urllib3.disable_warnings(urllib3.exceptions.SNIMissingWarning)
    # ok: tls-warnings-disabled
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    # ok: tls-warnings-disabled
    warnings.simplefilter("error", InsecureRequestWarning)

import warnings

import requests
import urllib3
from urllib3.exceptions import InsecureRequestWarning

# ruleid: security-warnings-silenced
urllib3.disable_warnings()
# ruleid: security-warnings-silenced
requests.packages.urllib3.disable_warnings(InsecureRequestWarning)
# ruleid: security-warnings-silenced
warnings.filterwarnings("ignore", category=urllib3.exceptions.InsecureRequestWarning)
# ruleid: security-warnings-silenced
warnings.simplefilter("ignore")

# ok: security-warnings-silenced
urllib3.disable_warnings(DeprecationWarning)
# ok: security-warnings-silenced
warnings.filterwarnings("ignore", category=DeprecationWarning)
# ok: security-warnings-silenced
warnings.filterwarnings("ignore", message="unclosed file")
# ok: security-warnings-silenced
warnings.simplefilter("error", InsecureRequestWarning)

# ruleid: insecure-protocol-ipmi-import
from pyghmi.ipmi import command
# ruleid: insecure-protocol-ipmi-import
import pyghmi.ipmi.bmc as bmc
# ok: insecure-protocol-ipmi-import
import sushy
# ok: insecure-protocol-ipmi-import
from pyghmi_helpers import command as helper_command

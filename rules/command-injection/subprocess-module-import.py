# ruleid: subprocess-module-import
import subprocess
# ruleid: subprocess-module-import
from subprocess import Popen, PIPE
# ruleid: subprocess-module-import
import os, subprocess as sp
# ok: subprocess-module-import
import subprocess_tee
# ok: subprocess-module-import
from mytools.subprocess import run
# ok: subprocess-module-import
import shlex
import importlib
# ruleid: subprocess-module-import
runner = __import__("subprocess")
# ruleid: subprocess-module-import
runner = importlib.import_module(name="subprocess")
# ok: subprocess-module-import
runner = importlib.import_module("subprocess_tee")

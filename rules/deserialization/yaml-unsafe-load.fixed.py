import yaml
import yaml as pyyaml
from yaml import load, SafeLoader


def bad(text, stream, custom_loader):
    # ruleid: yaml-unsafe-load
    config = yaml.safe_load(text)
    # ruleid: yaml-unsafe-load
    docs = pyyaml.safe_load_all(stream)
    # ruleid: yaml-unsafe-load
    yaml.safe_load(text)
    # ruleid: yaml-unsafe-load
    load(text, custom_loader)
    # ruleid: yaml-unsafe-load
    yaml.safe_load(text)


def ok(text, fh):
    # ok: yaml-unsafe-load
    yaml.safe_load(text)
    # ok: yaml-unsafe-load
    yaml.load(text, Loader=yaml.SafeLoader)
    # ok: yaml-unsafe-load
    load(text, SafeLoader)
    # ok: yaml-unsafe-load
    json.load(fh)

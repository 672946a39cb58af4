import yaml
import yaml as pyyaml
from yaml import load, SafeLoader


def bad(text, stream, custom_loader):
    # ruleid: yaml-unsafe-load
    config = yaml.load(text)
    # ruleid: yaml-unsafe-load
    docs = pyyaml.load_all(stream, Loader=pyyaml.Loader)
    # ruleid: yaml-unsafe-load
    yaml.unsafe_load(text)
    # ruleid: yaml-unsafe-load
    load(text, custom_loader)
    # ruleid: yaml-unsafe-load
    yaml.load(text, yaml.FullLoader)


def ok(text, fh):
    # ok: yaml-unsafe-load
    yaml.safe_load(text)
    # ok: yaml-unsafe-load
    yaml.load(text, Loader=yaml.SafeLoader)
    # ok: yaml-unsafe-load
    load(text, SafeLoader)
    # ok: yaml-unsafe-load
    json.load(fh)
